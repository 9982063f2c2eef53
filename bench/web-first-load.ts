/**
 * Part 6: the first load of "Việc của đơn vị" in Debian's Chromium, on the seeded Huế data
 * (issue 12: under 2 s on this machine). Each sample is a fresh browser profile (nothing
 * cached). What a person waits for: the login page, from the address typed to the form
 * ready, plus the list, from "Đăng nhập" pressed to the first task shown; the time spent
 * typing the password (here, Playwright filling the fields) is not load time. Baseline: the
 * two API calls that screen needs (login, then the first page of tasks), made from Node.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_PATH, DEMO_PASSWORD, WEB_ROOT, WebWorld } from '../test/web/support/web-world';
import { percentile } from './measure';
import type { Figure } from './report';

const SAMPLES = 10;
const USERNAME = 'demo.canbo.stc';

async function browserFirstLoadMs(world: WebWorld, device: 'phone' | 'desktop'): Promise<number> {
  const { page, context } = await world.newPage(device);
  try {
    const opened = performance.now();
    await page.goto('/dang-nhap');
    await page.getByLabel('Tên đăng nhập').waitFor();
    const loginPageMs = performance.now() - opened;
    await page.getByLabel('Tên đăng nhập').fill(USERNAME);
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    const submitted = performance.now();
    await page.getByLabel('Mật khẩu').press('Enter');
    // The first task: a table row on a desktop, a card on a phone.
    await page.locator('.ant-table-row a, .ant-list-item a').first().waitFor();
    return loginPageMs + (performance.now() - submitted);
  } catch (error) {
    await page.screenshot({ path: 'test-results/bench-web-first-load-failure.png' });
    throw error;
  } finally {
    await context.close();
  }
}

async function apiOnlyMs(world: WebWorld): Promise<number> {
  const started = performance.now();
  const login = await fetch(`${world.baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: USERNAME, password: DEMO_PASSWORD }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const tasks = await fetch(`${world.baseUrl}/tasks?limit=20&offset=0`, {
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  await tasks.json();
  return performance.now() - started;
}

async function samples(take: () => Promise<number>): Promise<number[]> {
  await take(); // warm-up: the server's first request compiles its routes' code paths
  const taken: number[] = [];
  for (let i = 0; i < SAMPLES; i++) taken.push(await take());
  return taken.sort((a, b) => a - b);
}

export async function webFirstLoadFigures(options: {
  log: (message: string) => void;
  notMeasured: string[];
}): Promise<Figure[]> {
  if (!existsSync(CHROMIUM_PATH)) {
    options.notMeasured.push(`web first load: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`);
    return [];
  }
  if (!existsSync(join(WEB_ROOT, 'index.html'))) {
    options.log('building the web application…');
    execSync('npm run build:web', { stdio: 'ignore' });
  }
  options.log('web: the seeded system in Chromium…');
  // Some thirty logins in a minute, from one address: more than the login routes allow a person.
  const world = await WebWorld.start({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  try {
    const api = await samples(() => apiOnlyMs(world));
    const figures: Figure[] = [];
    for (const device of ['desktop', 'phone'] as const) {
      options.log(`web: first load of the task list, ${device}, ${SAMPLES} fresh profiles…`);
      const browser = await samples(() => browserFirstLoadMs(world, device));
      figures.push(
        {
          name: `web first task list ${device} p50`,
          value: percentile(browser, 0.5),
          baseline: percentile(api, 0.5),
          unit: 'ms',
        },
        {
          name: `web first task list ${device} max`,
          value: Math.max(...browser),
          baseline: Math.max(...api),
          unit: 'ms',
        },
      );
    }
    return figures;
  } finally {
    await world.close();
  }
}
