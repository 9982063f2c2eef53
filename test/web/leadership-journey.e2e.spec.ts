import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { WebWorld, screenshot, seriousAccessibilityViolations } from './support/web-world';
import { pick } from './support/select-input';
import { localDateAt } from '@giaoviec/kernel';

const DOWNLOADS = join(__dirname, '..', '..', 'test-results', 'downloads');

/** Buttons of commands; the leadership reads and must find none of them. */
const COMMAND_BUTTONS = [
  'Tiếp nhận',
  'Giao nhiệm vụ',
  'Báo cáo tiến độ',
  'Báo cáo hoàn thành',
  'Đề nghị gia hạn',
  'Nghiệm thu',
  'Hủy nhiệm vụ',
];

type Api = Awaited<ReturnType<WebWorld['apiAs']>>;

/** A day this many days from today, as the API takes it. */
function dayFromToday(days: number): string {
  return localDateAt(new Date(Date.now() + days * 86_400_000));
}

/** A command through the API; its answer's log position, to read after. */
async function sent(api: Api, path: string, body: object): Promise<string> {
  const answer = await api(path, { method: 'POST', body: JSON.stringify(body) });
  if (!answer.ok) throw new Error(`${path}: ${answer.status} ${await answer.text()}`);
  return ((await answer.json()) as { position: string }).position;
}

/**
 * Sở Tài chính's overdue demo task is extended and then completed before its new deadline:
 * on time against the deadline in force, late against the original one.
 */
async function extendAndComplete(world: WebWorld): Promise<string> {
  const [officer, standingOffice] = [
    await world.apiAs('demo.canbo.stc'),
    await world.apiAs('demo.thuongtruc'),
  ];
  const requestId = 'gia-han-kiem-thu-lanh-dao';
  await sent(officer, '/tasks/minh-hoa-1/extension-requests', {
    requestId,
    requestedDueDate: dayFromToday(20),
    reason: 'Chờ phê duyệt dự toán bổ sung',
  });
  await sent(standingOffice, `/tasks/minh-hoa-1/extension-requests/${requestId}/grant`, {});
  return sent(officer, '/tasks/minh-hoa-1/complete', {
    result: 'Đã bố trí kinh phí theo dự toán được duyệt',
  });
}

/** A share of the completed tasks as the dashboard writes it: `66,7%`, or `—` when none is completed. */
function onTimeShare(onTime: number, counts: { completed_on_time: number; completed_late: number }): string {
  const completed = counts.completed_on_time + counts.completed_late;
  return completed === 0 ? '—' : `${(Math.round((onTime * 1000) / completed) / 10).toLocaleString('vi-VN')}%`;
}

async function expectNoCommandButtons(page: Page): Promise<void> {
  for (const name of COMMAND_BUTTONS) {
    // Case-sensitive: "Tiếp nhận" is a command, "Chưa tiếp nhận" a status count.
    expect(await page.getByRole('button', { name: new RegExp(name) }).count()).toBe(0);
  }
}

/** Leadership (Ban Chỉ đạo) on a desktop: the dashboard, the indicators, the audit trail and its exports. */
describe('web application: leadership', () => {
  let world: WebWorld;

  beforeAll(async () => {
    world = await WebWorld.start();
    mkdirSync(DOWNLOADS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await world?.close();
  });

  it('follows the agencies, the indicators and the audit trail, exports it, and is offered no command', async () => {
    const completed = await extendAndComplete(world);
    const api = await world.apiAs('demo.lanhdao');
    const dashboard = (await (
      await api('/dashboard/agencies', { headers: { 'X-Read-After': completed } })
    ).json()) as {
      agencies: {
        agencyId: string;
        agencyName: string | null;
        shortName: string | null;
        counts: Record<string, number> & { completed_on_time: number; completed_late: number };
      }[];
    };
    const finance = dashboard.agencies.find((agency) => agency.agencyId === 'so-tai-chinh')!;
    // The scene makes the two on-time shares differ, so each column is told apart.
    expect(finance.counts.extended).toBeGreaterThan(0);
    expect(finance.counts.completed_on_time_in_force).toBeGreaterThan(
      finance.counts.completed_on_time_original,
    );
    const scoreboard = (await (await api('/dashboard/indicators?planId=kh-284')).json()) as {
      indicators: { name: string; revisions: { newValue: number }[] }[];
    };
    const revised = scoreboard.indicators.find((indicator) => indicator.revisions.length > 0);
    expect(revised).toBeDefined();

    const { page, context } = await world.loginAs('demo.lanhdao', 'desktop');

    // Tổng quan: the home of the leadership, charts on a canvas and the same numbers as a table.
    await page.waitForURL('**/tong-quan');
    await page.getByRole('heading', { level: 2, name: 'Tổng quan tình hình thực hiện nhiệm vụ' }).waitFor();
    const agencyChart = page.getByRole('img', {
      name: /số nhiệm vụ của từng đơn vị chủ trì theo tình trạng/,
    });
    await agencyChart.locator('canvas').waitFor();
    await page
      .getByRole('img', { name: /tỷ lệ hoàn thành/ })
      .locator('canvas')
      .waitFor();
    await page
      .getByRole('img', { name: /theo tháng đến hạn/ })
      .locator('canvas')
      .waitFor();
    await page.getByRole('button', { name: 'Xem số liệu' }).first().click();
    const numbers = page.locator('.ant-table').first();
    await numbers.getByRole('columnheader', { name: 'Đơn vị chủ trì' }).waitFor();
    await numbers.getByRole('columnheader', { name: 'Tỷ lệ hoàn thành' }).waitFor();
    expect(await numbers.locator('tbody tr').count()).toBeGreaterThan(0);
    const tableText = await numbers.innerText();
    expect(tableText).not.toMatch(/\b(so|phuong|xa)-[a-z0-9-]+\b/);
    // Sở Tài chính's extensions and on-time shares, each in its column, as the API counts them
    // (every agency shown: it need not be among the ten with the most tasks).
    // (A select without search: its shown choice covers the input, so the box is clicked.)
    await page
      .locator('.ant-select', { has: page.getByRole('combobox', { name: 'Số đơn vị trên biểu đồ' }) })
      .click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('Tất cả đơn vị', { exact: true }).click();
    await page.waitForURL(/so=-1/);
    const headers = (await numbers.locator('thead th').allInnerTexts()).map((text) => text.trim());
    const financeRow = numbers
      .locator('tbody tr.ant-table-row', { hasText: finance.shortName ?? finance.agencyName! })
      .first();
    // The table pages by 20, the most tasks first: on to the page that has it.
    const next = page
      .locator('.ant-table-wrapper')
      .first()
      .locator('li.ant-pagination-next:not(.ant-pagination-disabled)');
    await numbers.locator('tbody tr.ant-table-row').first().waitFor();
    while ((await financeRow.count()) === 0 && (await next.count()) > 0) await next.click();
    await financeRow.waitFor();
    const financeCells = await financeRow.locator('td').allInnerTexts();
    const cell = (header: string) => financeCells[headers.indexOf(header)]?.trim();
    expect({
      extended: cell('Số nhiệm vụ được gia hạn'),
      extensions: cell('Số lần gia hạn'),
      inForce: cell('Đúng hạn (theo hạn hiện hành)'),
      original: cell('Đúng hạn (theo hạn ban đầu)'),
    }).toEqual({
      extended: finance.counts.extended.toLocaleString('vi-VN'),
      extensions: finance.counts.extensions_granted.toLocaleString('vi-VN'),
      inForce: onTimeShare(finance.counts.completed_on_time_in_force, finance.counts),
      original: onTimeShare(finance.counts.completed_on_time_original, finance.counts),
    });
    await screenshot(page, 'leadership-desktop-agency-deadlines');
    await pick(page, 'Kế hoạch', 'Kế hoạch 284/KH-UBND');
    await page.getByRole('heading', { name: 'Tình trạng nhiệm vụ theo mục của kế hoạch' }).waitFor();
    await page
      .getByRole('img', { name: /từng mục kế hoạch/ })
      .locator('canvas')
      .waitFor();
    await expectNoCommandButtons(page);
    await screenshot(page, 'leadership-desktop-dashboard');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Chỉ tiêu: Plan 284's indicators, one revised by the amending plan, its history in the expanded row.
    await page.getByRole('menuitem', { name: 'Chỉ tiêu' }).click();
    await page.getByRole('heading', { level: 2, name: 'Chỉ tiêu của các kế hoạch' }).waitFor();
    await pick(page, 'Kế hoạch', 'Kế hoạch 284/KH-UBND');
    const row = page.locator('tr.ant-table-row', { hasText: revised!.name });
    await row.waitFor();
    await row.getByRole('button', { name: 'Mở rộng dòng' }).click();
    const history = page.locator('tr.ant-table-expanded-row');
    await history.getByText('Lịch sử điều chỉnh chỉ tiêu').waitFor();
    const historyText = await history.innerText();
    expect(historyText).toContain(revised!.revisions[0].newValue.toLocaleString('vi-VN'));
    expect(historyText).toMatch(/sửa đổi, bổ sung/i);
    await expectNoCommandButtons(page);
    await screenshot(page, 'leadership-desktop-indicators');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Nhật ký: filtered by agency, then exported as CSV and as Excel.
    await page.getByRole('menuitem', { name: 'Nhật ký' }).click();
    await page.getByRole('heading', { level: 2, name: 'Nhật ký hoạt động' }).waitFor();
    await page.locator('.ant-table tbody tr.ant-table-row').first().waitFor();
    const filtered = page.waitForResponse(
      (response) => response.url().includes('/audit?') && response.url().includes('agencyId=so-tai-chinh'),
    );
    await pick(page, 'Đơn vị', 'Sở Tài chính');
    await filtered;
    await page.locator('.ant-table tbody tr.ant-table-row').first().waitFor();
    expect(await page.locator('.ant-table tbody').innerText()).toContain('Sở Tài chính');
    await expectNoCommandButtons(page);
    await screenshot(page, 'leadership-desktop-audit');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Xuất CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^nhat-ky-\d{4}-\d{2}-\d{2}\.csv$/);
    const csvPath = join(DOWNLOADS, 'leadership-audit.csv');
    await csv.saveAs(csvPath);
    expect(readFileSync(csvPath, 'utf8')).toContain('Sở Tài chính');

    const [excel] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Xuất Excel' }).click(),
    ]);
    expect(excel.suggestedFilename()).toMatch(/^nhat-ky-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const excelPath = join(DOWNLOADS, 'leadership-audit.xlsx');
    await excel.saveAs(excelPath);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(excelPath);
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).filter((value) => value !== undefined).map(String);
    expect(header.length).toBeGreaterThan(2);
    expect(header.join(' ')).toMatch(/Thời điểm|Thời gian/);
    for (const title of header) expect(title).not.toMatch(/^[a-z]+[A-Z][A-Za-z]*$/); // no camelCase field names
    const rows: string[] = [];
    sheet.eachRow((sheetRow, number) => {
      if (number > 1)
        rows.push((sheetRow.values as unknown[]).map((value) => String(value ?? '')).join(' | '));
    });
    expect(rows.some((text) => text.includes('Sở Tài chính'))).toBe(true);

    // A task the leadership follows: read only, no command offered.
    await page.goto('/nhiem-vu/minh-hoa-1');
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await page.getByText('Sở Tài chính').first().waitFor();
    await expectNoCommandButtons(page);
    await screenshot(page, 'leadership-desktop-task');
    // The task detail screen is the work area's; its own journey runs axe on it.
    await context.close();
  }, 180_000);

  it('finds a seeded task by the section of its plan and reads the document it comes from', async () => {
    const { page, context } = await world.loginAs('demo.lanhdao', 'desktop');
    await page.goto('/viec-cua-don-vi');
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    // A typo is explained, not sent.
    const section = page.getByRole('searchbox', { name: 'Mục' });
    await section.fill('III.5.');
    await section.press('Enter');
    await page.getByText('Mục gồm chữ và số nối bằng dấu chấm, ví dụ III.5').waitFor();
    await section.fill('III.5');
    await section.press('Enter');
    await page.waitForURL(/section=III\.5/);
    const warehouse = page.getByRole('link', { name: /Xây dựng Kho dữ liệu \(Data Warehouse\)/ });
    await warehouse.waitFor();
    // Only III.5 and its sub-sections: none of III.3 (hạ tầng số) shows.
    await page
      .getByRole('link', { name: /Triển khai Đề án đầu tư hạ tầng IoT/ })
      .waitFor({ state: 'detached' });
    const codes = await page.locator('.ant-table tbody tr td:first-child').allInnerTexts();
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect(code).toMatch(/^III\.5(\.|$)/);

    await warehouse.click();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await page
      .getByText(
        'Nguồn: Kế hoạch Chuyển đổi số thành phố Huế giai đoạn 2026 - 2030 (văn bản không ghi số), mục III.5, gạch đầu dòng 2',
      )
      .waitFor();
    const quote = page.locator('blockquote');
    expect(await quote.innerText()).toBe(
      'Xây dựng Kho dữ liệu (Data Warehouse) hoặc Hồ dữ liệu (Data Lake) cấp tỉnh. Ưu tiên tập trung dữ liệu từ các ngành trọng điểm: Đất đai, Xây dựng, Y tế, Giáo dục, Doanh nghiệp.',
    );
    // The assignment in the task's history names where it comes from.
    await page.getByText(/nguồn: văn bản không ghi số, mục III\.5, gạch đầu dòng 2/).waitFor();
    expect(await page.locator('main').first().innerText()).not.toMatch(/kh-cds-2026-2030/);
    await screenshot(page, 'leadership-desktop-task-source');
    await context.close();
  }, 120_000);

  it('shows the dashboard, the indicators and the audit trail at 360 px without sideways scrolling', async () => {
    const { page, context } = await world.loginAs('demo.lanhdao', 'phone');
    for (const [path, heading, name] of [
      ['/tong-quan', 'Tổng quan tình hình thực hiện nhiệm vụ', 'leadership-phone-dashboard'],
      ['/chi-tieu', 'Chỉ tiêu của các kế hoạch', 'leadership-phone-indicators'],
      ['/nhat-ky', 'Nhật ký hoạt động', 'leadership-phone-audit'],
    ] as const) {
      await page.goto(path);
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
      await page.waitForLoadState('networkidle');
      if (path === '/tong-quan') await page.locator('[role="img"] canvas').first().waitFor();
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
      await expectNoCommandButtons(page);
      await screenshot(page, name);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    }
    await context.close();
  }, 120_000);
});
