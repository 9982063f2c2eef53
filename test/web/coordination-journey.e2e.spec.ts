import type { Page } from 'playwright-core';
import { WebWorld, screenshot, seriousAccessibilityViolations } from './support/web-world';
import { expectOnlyVietnamese } from './support/screen-text';

const COMMUNE_REPORT = 'Đã rà soát, số hóa 120 hồ sơ đất đai của các tổ dân phố';

async function open(page: Page, action: string): Promise<void> {
  await page.getByRole('button', { name: action, exact: true }).click();
  await page.getByRole('dialog').waitFor();
}

/** Issue 14, item 4: a coordinating agency's part, from its officer's phone to the standing office's ranking. */
describe('web application: coordinating agencies (phối hợp)', () => {
  let world: WebWorld;

  beforeAll(async () => {
    world = await WebWorld.start();
  }, 180_000);

  afterAll(async () => {
    await world?.close();
  });

  it('lets a commune officer on a phone find the task it coordinates, acknowledge its part and report it', async () => {
    const { page, context } = await world.loginAs('demo.canbo.xa', 'phone');
    await page.getByRole('heading', { name: 'Việc của đơn vị' }).waitFor();
    await page
      .getByRole('searchbox', { name: 'Tìm theo số hiệu hoặc nội dung' })
      .fill('so hoa ho so dat dai');
    await page.keyboard.press('Enter');
    const card = page.getByRole('link', { name: /Số hóa hồ sơ đất đai/ });
    await card.waitFor();
    await card.click();

    await page.getByRole('heading', { name: /Số hóa hồ sơ đất đai/ }).waitFor();
    const section = page.getByRole('region', { name: 'Đơn vị phối hợp' });
    await section.getByText('Sở Tài chính', { exact: true }).waitFor();
    await section.getByText('Đã báo cáo phần phối hợp').waitFor();
    await section.getByText(/Đã bố trí kinh phí số hóa/).waitFor();
    // The lead's and the standing office's buttons are not the commune's.
    for (const absent of ['Tiếp nhận', 'Báo cáo tiến độ', 'Báo cáo hoàn thành', 'Báo cáo phần phối hợp']) {
      expect(await page.getByRole('button', { name: absent, exact: true }).count()).toBe(0);
    }
    await screenshot(page, 'coordination-phone-task-detail');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await expectOnlyVietnamese(page);

    await open(page, 'Tiếp nhận phần phối hợp');
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByText('Đã tiếp nhận phần phối hợp', { exact: true }).first().waitFor();
    await section.getByText('Đã tiếp nhận, chưa báo cáo').waitFor();

    await open(page, 'Báo cáo phần phối hợp');
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByText('Vui lòng nhập nội dung phần phối hợp').waitFor();
    await page.getByLabel('Nội dung', { exact: true }).fill(COMMUNE_REPORT);
    await page.getByLabel('Tỷ lệ hoàn thành (%)').fill('80');
    await screenshot(page, 'coordination-phone-contribution-form');
    await expectOnlyVietnamese(page);
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page
      .getByText(/Đã gửi báo cáo phần phối hợp/)
      .first()
      .waitFor();
    await section.getByText(COMMUNE_REPORT).waitFor();
    await section.getByText(/Cán bộ .* · .* · 80% · Đúng hạn/).waitFor();
    expect(await page.getByRole('button', { name: 'Tiếp nhận phần phối hợp' }).count()).toBe(0);
    await page
      .getByText(/báo cáo phần phối hợp .*: "Đã rà soát, số hóa 120 hồ sơ/)
      .first()
      .waitFor();
    await screenshot(page, 'coordination-phone-after-contribution');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await expectOnlyVietnamese(page);
    await context.close();
  });

  it('shows the standing office both records of each agency and ranks the agencies for a period', async () => {
    const { page, context } = await world.loginAs('demo.thuongtruc');
    await page.getByRole('menu', { name: 'Chức năng' }).waitFor();
    await screenshot(page, 'coordination-standing-office-home');
    // Every entry of the header fits a desktop's width: none hides under "···".
    expect(await page.locator('.ant-menu-overflow-item-rest:visible').count()).toBe(0);
    await page.getByRole('menuitem', { name: 'Xếp hạng' }).click();
    await page.getByRole('heading', { level: 2, name: 'Xếp hạng đơn vị' }).waitFor();
    // A select without search: its input is a zero-width box, so the select itself is clicked.
    await page.locator('.ant-select', { has: page.getByRole('combobox', { name: 'Kỳ báo cáo' }) }).click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('Cả năm', { exact: true }).click();
    await page.waitForURL(/ky=Y/);
    const table = page.getByRole('region', { name: 'Bảng xếp hạng đơn vị' });
    await table.getByRole('cell', { name: 'Sở Tài chính' }).waitFor();
    await table.getByRole('columnheader', { name: 'Chủ trì' }).waitFor();
    await table.getByRole('columnheader', { name: 'Phối hợp' }).waitFor();
    await page.getByText(/Xếp hạng lần lượt theo: \(1\) tỷ lệ hoàn thành đúng hạn/).waitFor();
    await screenshot(page, 'coordination-scoreboard-desktop');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await expectOnlyVietnamese(page);

    await page.getByRole('menuitem', { name: /Tổng quan/ }).click();
    const records = page.getByRole('region', { name: 'Bảng kết quả chủ trì và phối hợp của từng đơn vị' });
    await records.getByRole('cell', { name: 'Sở Tài chính' }).waitFor();
    await records.getByRole('columnheader', { name: 'Báo cáo đúng hạn' }).waitFor();
    await records.scrollIntoViewIfNeeded();
    await screenshot(page, 'coordination-dashboard-records');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows the ranking on a phone width, the table scrolling sideways', async () => {
    const { page, context } = await world.loginAs('demo.lanhdao', 'phone');
    await page.goto('/xep-hang-don-vi?ky=Y');
    await page.getByRole('heading', { level: 2, name: 'Xếp hạng đơn vị' }).waitFor();
    await page
      .getByRole('region', { name: 'Bảng xếp hạng đơn vị' })
      .getByRole('cell', { name: 'Sở Tài chính' })
      .waitFor();
    await screenshot(page, 'coordination-scoreboard-phone');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await expectOnlyVietnamese(page);
    await context.close();
  });
});
