import { Pool } from 'pg';
import { TEST_DATABASE_URL } from '../support/test-database-url';
import { WebWorld, screenshot, seriousAccessibilityViolations } from './support/web-world';

/** "Xem tại thời điểm": the standing office and the leadership look back on a past day. */
describe('web application: the board as it stood at the end of a day', () => {
  let world: WebWorld;

  beforeAll(async () => {
    // A past day with any event to replay goes to the worker (202 meanwhile), as a long one does at national scale.
    world = await WebWorld.start({ AS_OF_SYNC_BUILD_MAX_EVENTS: '0' });
  }, 180_000);

  afterAll(async () => {
    await world?.close();
  });

  it('picks a day, shows its numbers with a banner and no commands, shares it as a link, and goes back to now', async () => {
    // The demo activity is recorded today: yesterday nothing was overdue yet.
    const yesterday = new Date(Date.now() + 7 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);
    const [y, m, d] = yesterday.split('-');
    const shown = `${d}/${m}/${y}`;
    const api = await world.apiAs('demo.thuongtruc');
    const now = (await (await api('/dashboard/overdue')).json()) as { total: number };
    expect(now.total).toBeGreaterThan(0);

    const { page, context } = await world.loginAs('demo.thuongtruc', 'desktop');
    await page.goto('/qua-han');
    await page.getByText(`${now.total} nhiệm vụ quá hạn`, { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: /Chuyển cấp trên/ }).count()).toBeGreaterThan(0);

    const picker = page.getByLabel('Xem tại thời điểm');
    await picker.click();
    await picker.fill(shown);
    await picker.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('asOf') === yesterday);
    await page.getByText(`Đang xem số liệu tại cuối ngày ${shown}`).waitFor();
    await page.getByText(/^0 nhiệm vụ quá hạn/).waitFor();
    expect(await page.getByRole('button', { name: /Chuyển cấp trên/ }).count()).toBe(0);
    await screenshot(page, 'as-of-overdue-board');

    // The link carries the day: the leadership opens the dashboard as it stood then.
    const leadership = await world.loginAs('demo.lanhdao', 'desktop');
    await leadership.page.goto(`/tong-quan?asOf=${yesterday}`);
    await leadership.page.getByText(`Đang xem số liệu tại cuối ngày ${shown}`).waitFor();
    await leadership.page.getByText(`Số liệu đến ngày ${shown}.`).waitFor();
    expect(await seriousAccessibilityViolations(leadership.page)).toEqual([]);
    await screenshot(leadership.page, 'as-of-dashboard');
    await leadership.page.goto(`/chi-tieu?asOf=${yesterday}`);
    await leadership.page.getByText(`Đang xem số liệu tại cuối ngày ${shown}`).waitFor();
    await screenshot(leadership.page, 'as-of-indicators');
    await leadership.context.close();

    await page.getByRole('button', { name: 'Về số liệu hiện tại' }).click();
    await page.waitForURL((url) => !url.searchParams.has('asOf'));
    await page.getByText(`${now.total} nhiệm vụ quá hạn`, { exact: false }).waitFor();
    expect(await page.getByText(/Đang xem số liệu tại cuối ngày/).count()).toBe(0);

    await page.goto(`/viec-cua-don-vi?asOf=${yesterday}`);
    await page.getByText(`Đang xem số liệu tại cuối ngày ${shown}`).waitFor();
    await screenshot(page, 'as-of-task-list');
    await context.close();
  }, 180_000);

  it('says the numbers of a day are being prepared while the worker builds them, then shows them without a reload', async () => {
    // The demo log as if recorded three days ago; the day before yesterday is then built from all of it.
    const pool = new Pool({ connectionString: TEST_DATABASE_URL, max: 1 });
    await pool.query(`UPDATE ${world.schema}.es_events SET recorded_at = recorded_at - interval '3 days'`);
    await pool.end();
    const day = new Date(Date.now() + 7 * 3_600_000 - 2 * 86_400_000).toISOString().slice(0, 10);
    const [y, m, d] = day.split('-');
    const shown = `${d}/${m}/${y}`;

    const { page, context } = await world.loginAs('demo.lanhdao', 'desktop');
    await page.goto(`/tong-quan?asOf=${day}`);
    await page
      .getByText(`Đang chuẩn bị số liệu tại cuối ngày ${shown}, vui lòng thử lại sau ít phút.`)
      .waitFor();
    await page.getByText('trang sẽ tự hiển thị khi sẵn sàng', { exact: false }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'as-of-preparing');
    // Asked again after Retry-After (10 s): the day is built by then, and the page shows it.
    await page.getByText(`Số liệu đến ngày ${shown}.`).waitFor({ timeout: 60_000 });
    expect(await page.getByText(/Đang chuẩn bị số liệu/).count()).toBe(0);
    await page.getByText(`Đang xem số liệu tại cuối ngày ${shown}`).waitFor();
    await screenshot(page, 'as-of-prepared-dashboard');
    await context.close();
  }, 180_000);
});
