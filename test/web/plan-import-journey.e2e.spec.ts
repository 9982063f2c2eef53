import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Request, Route } from 'playwright-core';
import { WebWorld, screenshot } from './support/web-world';
import { expectOnlyVietnamese } from './support/screen-text';
import { pick } from './support/select-input';
import { seriousViolationsInMain } from './support/so-accessibility';
import { expectFitsPhone } from './support/screen-checks';

const AMENDMENT_OF_284 = readFileSync(
  join(__dirname, '../../../shared/seed-documents/001_2e358366a1db4d4f.txt'),
  'utf8',
);
const TITLE = 'Sửa đổi, bổ sung Kế hoạch số 284/KH-UBND (kiểm thử nhập từ văn bản)';
const RESUMED_TITLE = 'Sửa đổi, bổ sung Kế hoạch số 284/KH-UBND (kiểm thử ban hành tiếp sau sự cố)';
/** The rows kept: two of Sở KH&CN's, and III.4 for every commune. */
const KEPT_CODES = ['III.2', 'III.4', 'II.2.a'];

type Api = Awaited<ReturnType<WebWorld['apiAs']>>;

/** From the plans page: the amendment of Plan 284 pasted and read into a draft. */
async function readAmendment(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Nhập kế hoạch từ văn bản' }).click();
  await page.getByLabel('Nội dung văn bản kế hoạch').fill(AMENDMENT_OF_284);
  await page.getByRole('button', { name: 'Đọc văn bản' }).click();
  await page.getByText('Nhiệm vụ không có hạn hoàn thành sẽ lấy ngày kết thúc').waitFor();
}

/** The header completed; the tasks whose agency the text names kept, one more given a lead by hand. */
async function reviewDraft(page: Page, title: string): Promise<void> {
  await page.getByLabel('Tên kế hoạch', { exact: true }).fill(title);
  await page.getByLabel('Cơ quan ban hành').fill('UBND thành phố Huế');
  await page.getByLabel('Thực hiện từ ngày').fill('2026-06-01');
  await page.getByLabel('Đến ngày', { exact: true }).fill('2030-12-31');
  for (const box of await page.getByRole('checkbox', { name: /^Giao nhiệm vụ/ }).all()) await box.uncheck();
  for (const code of KEPT_CODES) await page.getByLabel(`Giao nhiệm vụ ${code}`, { exact: true }).check();
  await pick(page, 'Đơn vị chủ trì nhiệm vụ II.2.a', 'Sở Khoa học và Công nghệ');
  await page
    .getByLabel('Nội dung nhiệm vụ II.2.a')
    .fill('Phối hợp với các doanh nghiệp viễn thông phát triển mạng 5G.');
}

/**
 * The next POST that `matches` reaches the API, which carries it out, but its answer never
 * reaches the page (the connection drops on the way back). Returns how to stop it.
 */
async function dropAnswerOfNext(
  page: Page,
  matches: (request: Request) => boolean,
): Promise<() => Promise<void>> {
  let dropped = false;
  const handler = async (route: Route) => {
    const request = route.request();
    if (dropped || request.method() !== 'POST' || !matches(request)) return route.fallback();
    dropped = true;
    await route.fetch();
    await route.abort('connectionreset');
  };
  await page.route('**/plans**', handler);
  return () => page.unroute('**/plans**', handler);
}

/** The plans with this title, and the tasks of the first, as the API has them. */
async function issuedAs(api: Api, title: string) {
  const plans = (await (await api('/plans')).json()) as { planId: string; title: string }[];
  const matching = plans.filter((plan) => plan.title === title);
  const page = (await (await api(`/tasks?planId=${matching[0]?.planId}&limit=200`)).json()) as {
    total: number;
    items: { code: string; leadAgencyId: string }[];
  };
  return { plans: matching, tasks: page.items, total: page.total };
}

/** The standing office pastes a plan's text, reviews the draft, and issues it. */
describe('web application: a plan imported from its text', () => {
  let world: WebWorld;
  let standing: { page: Page; context: BrowserContext };
  let asStandingOffice: Api;

  beforeAll(async () => {
    world = await WebWorld.start();
    standing = await world.loginAs('demo.thuongtruc', 'desktop');
    asStandingOffice = await world.apiAs('demo.thuongtruc');
  }, 180_000);
  afterAll(() => world?.close());

  it('pastes the amendment of Plan 284, edits the draft, issues it and finds it among the plans', async () => {
    const { page } = standing;
    await page.goto('/ke-hoach');
    await readAmendment(page);

    // The signer is read from the signature block; the State Bank branch is not in the directory.
    expect(await page.getByLabel('Người ký', { exact: true }).inputValue()).toBe('Trần Hữu Thùy Giang');
    await page.getByText('Chưa có trong danh mục').first().waitFor();
    await screenshot(page, 'plan-import-draft');
    await expectOnlyVietnamese(page);
    expect(await seriousViolationsInMain(page)).toEqual([]);

    await reviewDraft(page, TITLE);
    await screenshot(page, 'plan-import-reviewed');
    expect(await seriousViolationsInMain(page)).toEqual([]);

    await page.getByRole('button', { name: 'Ban hành kế hoạch' }).click();
    await page.waitForURL((url) => url.pathname === '/ke-hoach');
    await page.getByRole('link', { name: TITLE }).first().waitFor();
    await screenshot(page, 'plan-import-issued');

    // The ticked tasks were assigned: Sở KH&CN's two, and one per commune for III.4.
    const { tasks } = await issuedAs(asStandingOffice, TITLE);
    expect([...new Set(tasks.map((task) => task.code))].sort()).toEqual([...KEPT_CODES].sort());
  }, 120_000);

  it('finishes an issuing cut off halfway when pressed again, and assigns nothing twice', async () => {
    const { page } = standing;
    // On the plans page already after the first test; a reload renews the session otherwise.
    if (new URL(page.url()).pathname !== '/ke-hoach') await page.goto('/ke-hoach');
    await readAmendment(page);
    await reviewDraft(page, RESUMED_TITLE);

    // The plan is issued, but the answer is lost: the screen cannot know it was.
    let stop = await dropAnswerOfNext(page, (request) => new URL(request.url()).pathname === '/plans');
    await page.getByRole('button', { name: 'Ban hành kế hoạch' }).click();
    await page
      .getByRole('alert')
      .getByText(/Chưa nhận được trả lời của hệ thống/)
      .waitFor();
    await page.getByText('Chưa xác nhận được việc ban hành kế hoạch; đã giao 0/3 nhiệm vụ').waitFor();
    await stop();

    // Pressed again: the plan's answer comes back (not a second plan); then the fan-out to
    // every commune is carried out but its answer is lost too.
    stop = await dropAnswerOfNext(page, (request) => request.postDataJSON()?.allCommunes === true);
    await page.getByRole('button', { name: 'Tiếp tục ban hành' }).click();
    await page
      .getByRole('alert')
      .getByText(/Nhiệm vụ III\.4: Chưa nhận được trả lời/)
      .waitFor();
    const status = page.getByText(/^Đã ban hành kế hoạch; đã giao [0-2]\/3 nhiệm vụ$/);
    await status.waitFor();
    const assignedBefore = Number(/giao (\d)\//.exec(await status.innerText())![1]);
    // What was sent stays as it was sent: a retry must be the same request.
    expect(await page.getByLabel('Tên kế hoạch', { exact: true }).isDisabled()).toBe(true);
    expect(await page.getByLabel('Giao nhiệm vụ III.4', { exact: true }).isDisabled()).toBe(true);
    expect(await page.getByText('Đã giao', { exact: true }).count()).toBe(assignedBefore);
    await screenshot(page, 'plan-import-interrupted');
    await expectOnlyVietnamese(page);
    expect(await seriousViolationsInMain(page)).toEqual([]);
    await stop();

    await page.getByRole('button', { name: 'Tiếp tục ban hành' }).click();
    await page.waitForURL((url) => url.pathname === '/ke-hoach');
    await page.getByRole('link', { name: RESUMED_TITLE }).first().waitFor();

    // One plan; each task once: one row each for Sở KH&CN, one per active commune for III.4.
    const { plans, tasks, total } = await issuedAs(asStandingOffice, RESUMED_TITLE);
    expect(plans).toHaveLength(1);
    expect(tasks).toHaveLength(total);
    const agencies = (await (await asStandingOffice('/agencies')).json()) as {
      kind: string;
      active: boolean;
    }[];
    const communes = agencies.filter((agency) => agency.kind === 'commune' && agency.active).length;
    const count = (code: string) => tasks.filter((task) => task.code === code).length;
    expect({ 'III.2': count('III.2'), 'II.2.a': count('II.2.a'), 'III.4': count('III.4') }).toEqual({
      'III.2': 1,
      'II.2.a': 1,
      'III.4': communes,
    });
    const fannedOut = tasks.filter((task) => task.code === 'III.4').map((task) => task.leadAgencyId);
    expect(new Set(fannedOut).size).toBe(fannedOut.length);
  }, 120_000);

  it('reads and reviews a draft on a phone (360 px) without sideways scrolling', async () => {
    const { page, context } = await world.loginAs('demo.thuongtruc', 'phone');
    await page.getByRole('button', { name: 'Mở danh mục chức năng' }).click();
    await page.getByRole('dialog').getByRole('link', { name: 'Kế hoạch', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Kế hoạch' }).waitFor();
    await page.locator('.ant-drawer-mask').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Nhập kế hoạch từ văn bản' }).click();
    // A .txt file chosen instead of pasted text fills the text area.
    await page.locator('input[type="file"]').setInputFiles({
      name: 'ke-hoach.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(AMENDMENT_OF_284, 'utf8'),
    });
    // The file is read as the page gets to it (a string: the test's TypeScript has no DOM library).
    await page.waitForFunction(
      `document.querySelector('textarea[aria-label="Nội dung văn bản kế hoạch"]').value.length > 0`,
    );
    expect(await page.getByLabel('Nội dung văn bản kế hoạch').inputValue()).toBe(AMENDMENT_OF_284);
    await page.getByRole('button', { name: 'Đọc văn bản' }).click();
    await page.getByText('Nhiệm vụ không có hạn hoàn thành sẽ lấy ngày kết thúc').waitFor();
    await expectFitsPhone(page, 'plan-import-phone-draft');

    await reviewDraft(page, TITLE);
    await expectFitsPhone(page, 'plan-import-phone-reviewed');
    await context.close();
  }, 120_000);
});
