import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { WebWorld, screenshot } from './support/web-world';
import { expectOnlyVietnamese } from './support/screen-text';
import { pick } from './support/select-input';

const AMENDMENT_OF_284 = readFileSync(
  join(__dirname, '../../../shared/seed-documents/001_2e358366a1db4d4f.txt'),
  'utf8',
);
const TITLE = 'Sửa đổi, bổ sung Kế hoạch số 284/KH-UBND (kiểm thử nhập từ văn bản)';

/** The standing office pastes a plan's text, reviews the draft, and issues it. */
describe('web application: a plan imported from its text', () => {
  let world: WebWorld;
  let standing: { page: Page; context: BrowserContext };

  beforeAll(async () => {
    world = await WebWorld.start();
    standing = await world.loginAs('demo.thuongtruc', 'desktop');
  });
  afterAll(() => world?.close());

  it('pastes the amendment of Plan 284, edits the draft, issues it and finds it among the plans', async () => {
    const { page } = standing;
    await page.goto('/ke-hoach');
    await page.getByRole('button', { name: 'Nhập kế hoạch từ văn bản' }).click();
    await page.getByLabel('Nội dung văn bản kế hoạch').fill(AMENDMENT_OF_284);
    await page.getByRole('button', { name: 'Đọc văn bản' }).click();

    // The signer is read from the signature block; the State Bank branch is not in the directory.
    expect(await page.getByLabel('Người ký', { exact: true }).inputValue()).toBe('Trần Hữu Thùy Giang');
    await page.getByText('Chưa có trong danh mục').first().waitFor();
    await page.getByText('Nhiệm vụ không có hạn hoàn thành sẽ lấy ngày kết thúc').waitFor();
    await screenshot(page, 'plan-import-draft');
    await expectOnlyVietnamese(page);

    await page.getByLabel('Tên kế hoạch', { exact: true }).fill(TITLE);
    await page.getByLabel('Cơ quan ban hành').fill('UBND thành phố Huế');
    await page.getByLabel('Thực hiện từ ngày').fill('2026-06-01');
    await page.getByLabel('Đến ngày', { exact: true }).fill('2030-12-31');

    // Keep the tasks whose agency the text names; give one more a lead by hand.
    for (const box of await page.getByRole('checkbox', { name: /^Giao nhiệm vụ/ }).all()) await box.uncheck();
    for (const code of ['III.2', 'III.4', 'II.2.a'])
      await page.getByLabel(`Giao nhiệm vụ ${code}`, { exact: true }).check();
    await pick(page, 'Đơn vị chủ trì nhiệm vụ II.2.a', 'Sở Khoa học và Công nghệ');
    await page
      .getByLabel('Nội dung nhiệm vụ II.2.a')
      .fill('Phối hợp với các doanh nghiệp viễn thông phát triển mạng 5G.');
    await screenshot(page, 'plan-import-reviewed');

    await page.getByRole('button', { name: 'Ban hành kế hoạch' }).click();
    await page.waitForURL((url) => url.pathname === '/ke-hoach');
    await page.getByRole('link', { name: TITLE }).first().waitFor();
    await screenshot(page, 'plan-import-issued');

    // The ticked tasks were assigned: Sở KH&CN's two, and one per commune for III.4.
    const asStandingOffice = await world.apiAs('demo.thuongtruc');
    const plans = (await (await asStandingOffice('/plans')).json()) as { planId: string; title: string }[];
    const planId = plans.find((plan) => plan.title === TITLE)?.planId;
    const tasks = (await (await asStandingOffice(`/tasks?planId=${planId}`)).json()) as {
      items?: { code: string; title: string }[];
    };
    const codes = new Set((tasks.items ?? []).map((task) => task.code));
    expect([...codes].sort()).toEqual(['II.2.a', 'III.2', 'III.4']);
  });
});
