import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import Redis from 'ioredis';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { EVENT_STORE, type EventStore } from '@giaoviec/event-store';
import { localDateAt } from '@giaoviec/kernel';
import { configureHttpApp } from '@giaoviec/platform';
import { READ_MODEL_STORE, type ReadModelStore } from '@giaoviec/reporting';
import { ApiModule } from '../../../apps/api/src/api.module';
import { WorkerModule } from '../../../apps/worker/src/worker.module';
import { loadSeeds } from '../../../seeds/load-seeds';
import { DemoModule, loadDemo } from '../../../seeds/demo/load-demo';
import { TEST_DATABASE_URL, TEST_REDIS_URL } from '../../support/test-database-url';
import { testAppEnvironment } from '../../support/test-app-environment';
import ensureTestDatabase from '../../support/global-setup';

export const DEMO_PASSWORD = 'demo-giaoviec-2026';
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const REPO_ROOT = join(__dirname, '..', '..', '..');
// WEB_ROOT lets several people test their own builds side by side (vite build --outDir …).
export const WEB_ROOT = process.env.WEB_ROOT ?? join(REPO_ROOT, 'dist', 'web');
const SCREENSHOTS = join(REPO_ROOT, 'test-results', 'screens');

/**
 * The whole system as `npm start` runs it, for a browser: the Huế seed plans and the demo
 * accounts and activity (dated from the real today, as the demo is), the worker (projector
 * and reminders, on Redis keys of this suite's own) and the API serving the built web
 * application on a free port. Debian's Chromium, driven by Playwright, is the user.
 */
export class WebWorld {
  private constructor(
    readonly baseUrl: string,
    private readonly api: INestApplication,
    private readonly worker: INestApplicationContext,
    private readonly browser: Browser,
    /** The suite's app schema (its event log, es_events, among its tables). */
    readonly schema: string,
    private readonly queuePrefix: string,
  ) {}

  /** `overrides`: environment variables of the system under test (the benchmark lifts the login rate limit). */
  static async start(overrides: Record<string, string> = {}): Promise<WebWorld> {
    if (!existsSync(join(WEB_ROOT, 'index.html'))) {
      throw new Error(`The web application is not built (${WEB_ROOT}): run npm run build:web`);
    }
    if (!existsSync(CHROMIUM_PATH)) {
      throw new Error(`Chromium is missing at ${CHROMIUM_PATH}: apt-get install chromium`);
    }
    // The benchmark starts this world outside jest, whose global setup would have made the database.
    await ensureTestDatabase();
    const schema = `web_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    const queuePrefix = `web-${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    const environment = { ...testAppEnvironment(schema), WEB_ROOT, ...overrides };

    const seeding = await NestFactory.createApplicationContext(DemoModule.withConfig(environment), {
      logger: false,
    });
    try {
      await loadSeeds(seeding);
      await loadDemo(seeding, localDateAt(new Date()));
    } finally {
      await seeding.close();
    }

    const worker = await NestFactory.createApplicationContext(
      WorkerModule.withConfig(environment, {
        queuePrefix,
        reminders: { reconcileEveryMs: 0, reconcileAtStart: false },
      }),
      { logger: false },
    );
    await worker.init();
    const api = configureHttpApp(
      // The worker's prefix, so that the queue dashboard shows this world's jobs.
      await NestFactory.create(ApiModule.withConfig(environment, { queuePrefix }), { bufferLogs: true }),
    );
    await api.listen(0, '127.0.0.1');
    const { port } = api.getHttpServer().address() as AddressInfo;
    await readModelsCaughtUp(api);

    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      // As root, without a sandbox; nothing reaches out to the network.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    return new WebWorld(`http://127.0.0.1:${port}`, api, worker, browser, schema, queuePrefix);
  }

  /** A fresh browser profile at a phone's width (360 px) or a desktop's. */
  async newPage(device: 'phone' | 'desktop' = 'desktop'): Promise<{ page: Page; context: BrowserContext }> {
    const context = await this.browser.newContext({
      baseURL: this.baseUrl,
      viewport: device === 'phone' ? { width: 360, height: 780 } : { width: 1366, height: 900 },
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      acceptDownloads: true,
      deviceScaleFactor: 1,
      isMobile: device === 'phone',
      hasTouch: device === 'phone',
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return { page, context };
  }

  /** Logs in through the login page as a demo account and waits for the home screen. */
  async loginAs(
    username: string,
    device: 'phone' | 'desktop' = 'desktop',
  ): Promise<{ page: Page; context: BrowserContext }> {
    const opened = await this.newPage(device);
    const { page } = opened;
    await page.goto('/dang-nhap');
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'));
    return opened;
  }

  /** Direct API access with a demo account's token, for setting the scene or checking it. */
  async apiAs(username: string): Promise<(path: string, init?: RequestInit) => Promise<Response>> {
    const login = await fetch(`${this.baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    return (path, init = {}) =>
      fetch(`${this.baseUrl}${path}`, {
        ...init,
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${accessToken}`,
          ...(init.headers ?? {}),
        },
      });
  }

  /** Until the read models reflect everything written so far (e.g. a command sent through apiAs). */
  async readModelsCaughtUp(): Promise<void> {
    await readModelsCaughtUp(this.api);
  }

  async close(): Promise<void> {
    await this.browser?.close();
    await this.api?.close();
    await this.worker?.close();
    const pool = new Pool({ connectionString: TEST_DATABASE_URL, max: 1 });
    try {
      // The suite's schema and the read-model generations beside it (`<schema>_rm_<n>`).
      const { rows } = await pool.query<{ nspname: string }>(
        `SELECT nspname FROM pg_namespace WHERE nspname = $1 OR nspname LIKE $1 || '\_rm\_%'`,
        [this.schema],
      );
      for (const { nspname } of rows) await pool.query(`DROP SCHEMA IF EXISTS "${nspname}" CASCADE`);
    } finally {
      await pool.end();
    }
    await deleteRedisKeys(`${this.queuePrefix}:*`);
  }
}

/**
 * Until the worker's projector has brought the read models up to the seeded log: a journey
 * reading a dashboard at once would otherwise see it half built on a busy machine.
 */
async function readModelsCaughtUp(api: INestApplication): Promise<void> {
  const head = await api.get<EventStore>(EVENT_STORE).headCheckpoint();
  if (head === undefined) return;
  const readModels = api.get<ReadModelStore>(READ_MODEL_STORE);
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      return await readModels.waitFor(head, 10_000);
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
}

/** Keeps a picture of the screen under test-results/screens (not in git) to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** axe in the page: no serious or critical violation of WCAG 2.1 A/AA. */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  // Scan the screen as it settles, not mid-transition: a fading help text or a closing
  // dropdown is half-transparent for a moment and would read as too little contrast.
  await page
    .waitForFunction(
      "document.getAnimations().every((animation) => animation.playState !== 'running')",
      null,
      {
        timeout: 3000,
      },
    )
    .catch(() => undefined);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
}

async function deleteRedisKeys(pattern: string): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
