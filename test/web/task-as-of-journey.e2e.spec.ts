import { Pool } from 'pg';
import { TEST_DATABASE_URL } from '../support/test-database-url';
import { daysFromToday, ddmmyyyy, fillDate } from './support/date-input';
import { pick } from './support/select-input';
import { expectAccessibleVietnamese } from './support/screen-checks';
import { WebWorld, screenshot } from './support/web-world';

const TASK_ID = 'minh-hoa-3';
const TITLE = '[Minh họa] Báo cáo tình hình thanh toán không dùng tiền mặt trong dịch vụ công';
const OVERDUE_TITLE = '[Minh họa] Bố trí kinh phí triển khai nền tảng dữ liệu dùng chung năm 2026';
const TODAYS_REPORT = 'Đã tổng hợp xong số liệu quý IV, chờ lãnh đạo Sở ký';

/** A day in Huế, `days` before today: yyyy-mm-dd and as the screens show it. */
function dayBefore(days: number): { day: string; shown: string } {
  const day = daysFromToday(-days);
  return { day, shown: ddmmyyyy(day) };
}

/**
 * One task's page as it stood at the end of a past day, reached from the task list shown as
 * of that day; and the audit trail's filters kept in its address.
 */
describe('web application: a task as it stood at the end of a day', () => {
  let world: WebWorld;

  beforeAll(async () => {
    world = await WebWorld.start();
    // The demo as if recorded three days ago (the log, and the trail projected from it), so
    // that yesterday holds all of it; then today, a new progress report on the task. The days
    // written in the events' data (the day of assignment) stay the day the demo was loaded.
    const pool = new Pool({ connectionString: TEST_DATABASE_URL, max: 1 });
    try {
      await pool.query(`UPDATE ${world.schema}.es_events SET recorded_at = recorded_at - interval '3 days'`);
      const { rows } = await pool.query<{ schema_name: string }>(
        `SELECT schema_name FROM ${world.schema}.read_model_generations WHERE status = 'live'`,
      );
      await pool.query(
        `UPDATE "${rows[0].schema_name}".rm_audit
            SET recorded_at = recorded_at - interval '3 days', occurred_at = occurred_at - interval '3 days'`,
      );
    } finally {
      await pool.end();
    }
    const officer = await world.apiAs('demo.canbo.stc');
    const reported = await officer(`/tasks/${TASK_ID}/progress`, {
      method: 'POST',
      body: JSON.stringify({ summary: TODAYS_REPORT, percentComplete: 70 }),
    });
    expect(reported.status).toBe(201);
    await world.readModelsCaughtUp();
  }, 180_000);

  afterAll(async () => {
    await world?.close();
  });

  it('opens a task from the list as of yesterday: its state then, with a banner and no commands; then now', async () => {
    const { day, shown } = dayBefore(1);
    const { page, context } = await world.loginAs('demo.canbo.stc', 'desktop');
    await page.goto('/viec-cua-don-vi');
    await fillDate(page, 'Xem tại thời điểm', day);
    await page.waitForURL((url) => url.searchParams.get('asOf') === day);
    await page.getByText(`Đang xem số liệu tại cuối ngày ${shown}`).waitFor();

    await page.getByRole('link', { name: TITLE }).first().click();
    await page.waitForURL(
      (url) => url.pathname === `/nhiem-vu/${TASK_ID}` && url.searchParams.get('asOf') === day,
    );
    await page.getByText(`Đang xem nhiệm vụ như tại cuối ngày ${shown}`).waitFor();
    await page.getByText('[Minh họa] Đang tổng hợp số liệu quý IV', { exact: false }).first().waitFor();
    await page.getByLabel('Tiến độ đã báo cáo: 30%').waitFor();
    // Yesterday's page: the report made today is not in it, and nothing can be done.
    expect(await page.getByText(TODAYS_REPORT, { exact: false }).count()).toBe(0);
    for (const command of ['Báo cáo tiến độ', 'Đề nghị gia hạn', 'Báo cáo hoàn thành', 'Gửi trao đổi']) {
      expect(await page.getByRole('button', { name: command }).count()).toBe(0);
    }
    expect(await page.getByRole('textbox').count()).toBe(0);
    await expectAccessibleVietnamese(page, 'task-as-of-yesterday');

    // Back to now: today's report, 70 %, and the commands again.
    await page.getByRole('link', { name: 'Xem nhiệm vụ hiện tại' }).click();
    await page.waitForURL((url) => url.pathname === `/nhiem-vu/${TASK_ID}` && !url.searchParams.has('asOf'));
    await page.getByText(TODAYS_REPORT, { exact: false }).first().waitFor();
    await page.getByLabel('Tiến độ đã báo cáo: 70%').waitFor();
    await page.getByRole('button', { name: 'Báo cáo tiến độ' }).waitFor();
    expect(await page.getByText(/Đang xem nhiệm vụ như tại cuối ngày/).count()).toBe(0);
    await screenshot(page, 'task-as-of-now');

    // A day before the task was assigned: it was not there yet.
    const { day: before, shown: beforeShown } = dayBefore(5);
    await page.goto(`/nhiem-vu/${TASK_ID}?asOf=${before}`);
    await page.getByText(`Nhiệm vụ chưa được giao vào cuối ngày ${beforeShown}`).waitFor();
    await screenshot(page, 'task-as-of-before-assignment');
    await context.close();
  }, 180_000);

  it('keeps the day from the overdue board as of yesterday to the task it opens', async () => {
    const { day, shown } = dayBefore(1);
    const { page, context } = await world.loginAs('demo.thuongtruc', 'desktop');
    await page.goto(`/qua-han?asOf=${day}`);
    await page.getByText(`Đang xem số liệu tại cuối ngày ${shown}`).waitFor();
    await page.getByRole('link', { name: OVERDUE_TITLE }).first().click();
    await page.waitForURL(
      (url) => url.pathname === '/nhiem-vu/minh-hoa-1' && url.searchParams.get('asOf') === day,
    );
    await page.getByText(`Đang xem nhiệm vụ như tại cuối ngày ${shown}`).waitFor();
    expect(await page.getByRole('button', { name: /Gửi ý kiến chỉ đạo|Chuyển cấp trên/ }).count()).toBe(0);
    await context.close();
  }, 120_000);

  it('keeps the audit filters in the address: through a reload and the back button', async () => {
    const { page, context } = await world.loginAs('demo.lanhdao', 'desktop');
    await page.goto('/nhat-ky');
    await page.locator('.ant-table tbody tr.ant-table-row').first().waitFor();
    await pick(page, 'Đơn vị', 'Sở Tài chính');
    await page.waitForURL((url) => url.searchParams.get('agencyId') === 'so-tai-chinh');
    const filteredUrl = page.url();

    const filtered = () =>
      page.waitForResponse(
        (response) => response.url().includes('/audit?') && response.url().includes('agencyId=so-tai-chinh'),
      );
    const shownAgency = page.locator('.ant-select', { has: page.getByRole('combobox', { name: 'Đơn vị' }) });
    const reloaded = filtered();
    await page.reload();
    await reloaded;
    expect(page.url()).toBe(filteredUrl);
    await shownAgency.getByText('Sở Tài chính').waitFor();
    await page.locator('.ant-table tbody tr.ant-table-row').first().waitFor();
    expect(await page.locator('.ant-table tbody').innerText()).toContain('Sở Tài chính');
    await screenshot(page, 'audit-filters-after-reload');

    await page.getByRole('menuitem', { name: 'Tổng quan' }).click();
    await page.waitForURL((url) => url.pathname !== '/nhat-ky');
    await page.goBack();
    await page.waitForURL(filteredUrl);
    await shownAgency.getByText('Sở Tài chính').waitFor();
    await page.locator('.ant-table tbody tr.ant-table-row').first().waitFor();
    expect(await page.locator('.ant-table tbody').innerText()).toContain('Sở Tài chính');
    await context.close();
  }, 120_000);
});
