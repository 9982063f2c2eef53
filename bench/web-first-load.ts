/**
 * Part 6: the first load of "Việc của đơn vị" in Debian's Chromium, on the seeded Huế data
 * (issue 12: under 2 s on this machine). Each sample is a fresh browser profile (nothing
 * cached). What a person waits for: the login page, from the address typed to the form
 * ready, plus the list, from "Đăng nhập" pressed to the first task shown. The time spent
 * typing is not load time, but it is time the page may use: Playwright types as a quick
 * typist does (60 ms a key, some two seconds for both fields), and the page fetches the
 * signed-in screens meanwhile, as it does for a person. Baseline: the
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

const KEY_DELAY_MS = 60;

interface FirstLoad {
  loginPageMs: number;
  listMs: number;
}

async function browserFirstLoad(world: WebWorld, device: 'phone' | 'desktop'): Promise<FirstLoad> {
  const { page, context } = await world.newPage(device);
  try {
    const opened = performance.now();
    await page.goto('/dang-nhap');
    await page.getByLabel('Tên đăng nhập').waitFor();
    const loginPageMs = performance.now() - opened;
    await page.getByLabel('Tên đăng nhập').pressSequentially(USERNAME, { delay: KEY_DELAY_MS });
    await page.getByLabel('Mật khẩu').pressSequentially(DEMO_PASSWORD, { delay: KEY_DELAY_MS });
    const submitted = performance.now();
    await page.getByLabel('Mật khẩu').press('Enter');
    // The first task: a table row on a desktop, a card on a phone.
    await page.locator('.ant-table-row a, .ant-list-item a').first().waitFor();
    return { loginPageMs, listMs: performance.now() - submitted };
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

async function samples<Sample>(take: () => Promise<Sample>): Promise<Sample[]> {
  await take(); // warm-up: the server's first request compiles its routes' code paths
  const taken: Sample[] = [];
  for (let i = 0; i < SAMPLES; i++) taken.push(await take());
  return taken;
}

const ascending = (values: number[]) => [...values].sort((a, b) => a - b);

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
    const api = ascending(await samples(() => apiOnlyMs(world)));
    const figures: Figure[] = [];
    for (const device of ['desktop', 'phone'] as const) {
      options.log(`web: first load of the task list, ${device}, ${SAMPLES} fresh profiles…`);
      const loads = await samples(() => browserFirstLoad(world, device));
      const browser = ascending(loads.map((load) => load.loginPageMs + load.listMs));
      const loginPage = ascending(loads.map((load) => load.loginPageMs));
      const list = ascending(loads.map((load) => load.listMs));
      options.log(
        `web: ${device}: login page p50 ${percentile(loginPage, 0.5).toFixed(0)} ms, ` +
          `list after "Đăng nhập" p50 ${percentile(list, 0.5).toFixed(0)} ms`,
      );
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
