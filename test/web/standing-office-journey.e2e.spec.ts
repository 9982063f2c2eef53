import type { BrowserContext, Page } from 'playwright-core';
import { daysFromToday, ddmmyyyy, fillDate } from './support/date-input';
import { WebWorld, screenshot } from './support/web-world';
import { expectAccessibleVietnamese, expectFitsPhone } from './support/screen-checks';
import { expectOnlyVietnamese } from './support/screen-text';
import { pick } from './support/select-input';
import { firstPeriodDueOnOrAfter } from '@giaoviec/tasks';
import { vietnamWorkingDays } from '@giaoviec/kernel';

const COMMUNE = 'phuong-an-cuu';
const EXTENSION_TASK = 'Cập nhật dữ liệu hộ kinh doanh trên địa bàn phường (kiểm thử gia hạn)';
const REVIEW_TASK = 'Tổng hợp kết quả cấp chữ ký số cho cán bộ phường (kiểm thử nghiệm thu)';
const FAN_OUT_TASK = 'Báo cáo số điểm truy cập Internet công cộng của phường, xã (kiểm thử giao toàn bộ)';
const WORKING_DAYS_TASK = 'Rà soát hạ tầng cáp quang tại các điểm phục vụ (kiểm thử ngày làm việc)';
const QUARTERLY_TASK = 'Báo cáo kết quả thực hiện chỉ tiêu chuyển đổi số hằng quý (kiểm thử báo cáo định kỳ)';

/** '2026-Q4' as the screens name it: quý IV/2026. */
function quarterWords(key: string): string {
  const [year, quarter] = key.split('-Q');
  return `quý ${['I', 'II', 'III', 'IV'][Number(quarter) - 1]}/${year}`;
}

/** The standing office (cơ quan thường trực) decides, assigns and chases; the commune officer sees the outcome. */
describe('web application: the standing office', () => {
  let world: WebWorld;
  const taskIds: Record<string, string> = {};
  // One session each, shared by the tests: logins are rate-limited per client address.
  let asStandingOffice: Awaited<ReturnType<WebWorld['apiAs']>>;
  let asOfficer: Awaited<ReturnType<WebWorld['apiAs']>>;
  let officer: { page: Page; context: BrowserContext };
  let standing: { page: Page; context: BrowserContext };

  beforeAll(async () => {
    world = await WebWorld.start();
    asStandingOffice = await world.apiAs('demo.thuongtruc');
    asOfficer = await world.apiAs('demo.canbo.xa');
    for (const [title, due] of [
      [EXTENSION_TASK, 5],
      [REVIEW_TASK, 10],
    ] as const) {
      const assigned = await asStandingOffice('/plans/kh-cds-2026-2030/tasks', {
        method: 'POST',
        body: JSON.stringify({ title, leadAgencyId: COMMUNE, dueDate: daysFromToday(due) }),
      });
      expect(assigned.status).toBe(201);
      const { tasks } = (await assigned.json()) as { tasks: { taskId: string }[] };
      taskIds[title] = tasks[0].taskId;
      // The commune has taken both on; the rest happens on the screens.
      const acknowledged = await asOfficer(`/tasks/${tasks[0].taskId}/acknowledge`, {
        method: 'POST',
        body: JSON.stringify({}),
      });
      expect(acknowledged.status).toBe(200);
    }
    standing = await world.loginAs('demo.thuongtruc', 'desktop');
    officer = await world.loginAs('demo.canbo.xa', 'phone');
  }, 180_000);

  afterAll(async () => {
    await standing?.context.close();
    await officer?.context.close();
    await world?.close();
  });

  it('grants an extension the commune asked for, and the officer sees the new deadline', async () => {
    // The commune asks through the API (the officer journey asks on screen); the decision is
    // on screen. The queue is read afresh when the page opens, so the request is there at once.
    const requested = await asOfficer(`/tasks/${taskIds[EXTENSION_TASK]}/extension-requests`, {
      method: 'POST',
      body: JSON.stringify({ requestedDueDate: daysFromToday(30), reason: 'Chờ số liệu của các tổ dân phố' }),
    });
    expect(requested.status).toBe(201);
    // The standing office's browser did not send it, so it cannot wait for it: the test does.
    await world.readModelsCaughtUp();
    await officer.page.goto(`/nhiem-vu/${taskIds[EXTENSION_TASK]}`);
    await officer.page
      .getByText(`Đang chờ xem xét đề nghị gia hạn đến ngày ${ddmmyyyy(daysFromToday(30))}`)
      .waitFor();
    await screenshot(officer.page, 'officer-phone-extension-request');

    const { page } = standing;
    await page.waitForURL('**/qua-han'); // the standing office's home
    await page.getByRole('link', { name: 'Chờ xử lý' }).click();
    await page.getByRole('heading', { level: 2, name: 'Chờ xử lý' }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(EXTENSION_TASK.slice(0, 30)) });
    await row.waitFor();
    expect(await row.innerText()).toContain('Chờ số liệu của các tổ dân phố');
    expect(await row.innerText()).toContain(ddmmyyyy(daysFromToday(30)));
    expect(await row.innerText()).toContain('UBND phường An Cựu');
    await expectAccessibleVietnamese(page, 'standing-office-pending-extensions');

    // A shorter extension than asked for, with a note.
    await row.getByRole('button', { name: 'Đồng ý gia hạn' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Chờ số liệu của các tổ dân phố').waitFor();
    await fillDate(page, 'Thời hạn mới (để trống: theo ngày đề nghị)', daysFromToday(25));
    await page.getByLabel('Ghi chú').fill('Gia hạn đến cuối tháng, báo cáo ngay khi có số liệu');
    await screenshot(page, 'standing-office-grant-extension');
    await dialog.getByRole('button', { name: 'Đồng ý gia hạn' }).click();
    await page.getByText('Đã đồng ý gia hạn').first().waitFor();
    await row.waitFor({ state: 'detached' });

    await officer.page.reload();
    await officer.page.getByText('Hạn hiện tại', { exact: true }).waitFor();
    await officer.page
      .getByText(ddmmyyyy(daysFromToday(25)))
      .first()
      .waitFor();
    expect(await officer.page.getByText(/Đang chờ xem xét đề nghị gia hạn/).count()).toBe(0);
    await screenshot(officer.page, 'officer-phone-extension-granted');

    // The task keeps its original deadline beside the one in force, and who granted the change, when and why.
    await page.goto(`/nhiem-vu/${taskIds[EXTENSION_TASK]}`);
    const summary = `Hạn ban đầu ${ddmmyyyy(daysFromToday(5))} · Gia hạn 1 lần · Hạn hiện tại ${ddmmyyyy(daysFromToday(25))}`;
    await page.getByText(summary).waitFor();
    const changes = page.getByLabel('Các lần điều chỉnh thời hạn');
    const change = await changes.innerText();
    expect(change).toContain(`Gia hạn: ${ddmmyyyy(daysFromToday(5))} → ${ddmmyyyy(daysFromToday(25))}`);
    expect(change).toContain('Người duyệt: [Demo] Chuyên viên Sở Khoa học và Công nghệ (thường trực)');
    expect(change).toContain(`Ngày ${ddmmyyyy(daysFromToday(0))}`);
    expect(change).toContain('Lý do: Chờ số liệu của các tổ dân phố');
    expect(change).toContain('Ý kiến: Gia hạn đến cuối tháng, báo cáo ngay khi có số liệu');
    await expectAccessibleVietnamese(page, 'standing-office-task-deadline-history');
  });

  it('returns a completed task with a reason, and the officer has it back in progress', async () => {
    await officer.page.goto(`/nhiem-vu/${taskIds[REVIEW_TASK]}`);
    await officer.page.getByRole('button', { name: 'Báo cáo hoàn thành', exact: true }).click();
    await officer.page.getByLabel('Kết quả thực hiện').fill('Đã cấp chữ ký số cho 28/28 cán bộ');
    await officer.page.getByRole('button', { name: 'Xác nhận' }).click();
    await officer.page.getByText('Đã báo cáo hoàn thành, chờ cơ quan thường trực xem xét').first().waitFor();

    const { page } = standing;
    await page.getByRole('link', { name: 'Chờ xử lý' }).click();
    await page.getByRole('tab', { name: /Chờ nghiệm thu/ }).click();
    const row = page.getByRole('row', { name: new RegExp(REVIEW_TASK.slice(0, 30)) });
    await row.waitFor();
    await expectAccessibleVietnamese(page, 'standing-office-pending-reviews');

    await row.getByRole('button', { name: 'Trả lại' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Trả lại' }).click();
    await dialog.getByText('Vui lòng nêu lý do').waitFor();
    await page.getByLabel('Lý do trả lại').fill('Bổ sung danh sách cán bộ đã được cấp');
    await dialog.getByRole('button', { name: 'Trả lại' }).click();
    await page.getByText('Đã trả lại nhiệm vụ cho đơn vị').first().waitFor();
    await row.waitFor({ state: 'detached' });

    await officer.page.reload();
    await officer.page.getByText('Đang thực hiện trong hạn').first().waitFor();
    await officer.page.getByRole('button', { name: 'Báo cáo hoàn thành', exact: true }).waitFor();
    await screenshot(officer.page, 'officer-phone-completion-returned');
  });

  it('assigns a task to every commune from the plan screen and follows it as 0 of all', async () => {
    const agencies = (await (await asStandingOffice('/agencies')).json()) as {
      kind: string;
      active: boolean;
    }[];
    const communes = agencies.filter((agency) => agency.kind === 'commune' && agency.active).length;
    expect(communes).toBeGreaterThan(30);

    const { page } = standing;
    await page.getByRole('link', { name: 'Kế hoạch', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Kế hoạch' }).waitFor();
    await page.getByRole('cell', { name: '455/KH-UBND' }).waitFor();
    await expectAccessibleVietnamese(page, 'standing-office-plans');

    await page
      .getByRole('row', { name: /455\/KH-UBND/ })
      .getByRole('link')
      .click();
    await page.getByRole('heading', { level: 2, name: 'Kế hoạch 455/KH-UBND' }).waitFor();
    await page.getByRole('tab', { name: /Chỉ tiêu/ }).waitFor();
    // The plan as issued: by the People's Committee, signed by its standing vice-chairman.
    await page.getByText('Phó Chủ tịch Thường trực Nguyễn Thanh Bình').waitFor();
    await page.getByText('UBND thành phố Huế', { exact: true }).first().waitFor();
    await expectAccessibleVietnamese(page, 'standing-office-plan-detail');

    await page.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    await dialog.getByText('Vui lòng nhập nội dung nhiệm vụ').waitFor();
    await dialog.getByText('Vui lòng chọn đơn vị chủ trì').waitFor();
    await page.getByLabel('Nội dung nhiệm vụ').fill(FAN_OUT_TASK);
    await fillDate(page, 'Thời hạn hoàn thành', daysFromToday(14));
    await page.getByLabel('Giao cho tất cả UBND phường, xã').check();
    await screenshot(page, 'standing-office-assign-all-communes');
    await expectOnlyVietnamese(page);
    await dialog.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    await page.getByText('Đã giao nhiệm vụ').first().waitFor();

    await page.waitForURL('**/nhom/**');
    await page.getByRole('heading', { level: 2, name: new RegExp(FAN_OUT_TASK.slice(0, 30)) }).waitFor();
    await page.getByText(`0/${communes}`).first().waitFor();
    await page.getByText(`Các phường, xã chưa hoàn thành (${communes})`).waitFor();
    await page.getByRole('link', { name: 'UBND phường An Cựu' }).waitFor();
    await expectAccessibleVietnamese(page, 'standing-office-group');

    // The plan lists the group and links to it.
    await page.getByRole('link', { name: /Kế hoạch 455\/KH-UBND/ }).click();
    await page.getByRole('tab', { name: /Phường, xã/ }).click();
    await screenshot(page, 'standing-office-plan-groups');
    await page.getByText(`0/${communes} xã đã hoàn thành`).first().waitFor();
    await page.getByRole('link', { name: new RegExp(FAN_OUT_TASK.slice(0, 30)) }).click();
    await page.waitForURL('**/nhom/**');
  });

  it('assigns a quarterly report through the dialog and sees the period it owes in the task list', async () => {
    // The real clock: the first period is the one whose report falls due next from today.
    const rule = { frequency: 'quarterly', dueDayOfMonth: 15, dueMonthsAfterPeriodEnd: 1 } as const;
    const first = firstPeriodDueOnOrAfter(rule, daysFromToday(0))!;
    const owed = `Kỳ báo cáo ${quarterWords(first.period.key)} — hạn ${ddmmyyyy(first.dueDate)}`;

    const { page } = standing;
    await page.getByRole('link', { name: 'Kế hoạch', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Kế hoạch' }).waitFor();
    await page.getByRole('link', { name: /Chuyển đổi số thành phố Huế giai đoạn 2026 - 2030/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Kế hoạch chưa có số' }).waitFor();

    await page.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Báo cáo định kỳ', { exact: true }).click();
    // The choice replaces the one-off deadline by the report's rhythm.
    await dialog.getByLabel('Tần suất báo cáo').waitFor();
    expect(await dialog.getByLabel('Thời hạn hoàn thành').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    await dialog.getByText('Vui lòng chọn tần suất báo cáo').waitFor();

    await page.getByLabel('Nội dung nhiệm vụ').fill(QUARTERLY_TASK);
    await pick(page, 'Tần suất báo cáo', 'Hằng quý');
    await pick(page, 'Đơn vị chủ trì', 'Sở Tài chính');
    // Day 15 of the month after the quarter, until the plan ends: what the dialog proposes.
    expect(await dialog.getByLabel('Hạn nộp mỗi kỳ: ngày').inputValue()).toBe('15');
    expect(await dialog.getByLabel('Báo cáo đến hết ngày').inputValue()).toBe('31/12/2030');
    await dialog
      .getByText(
        `Kỳ đầu tiên: báo cáo ${quarterWords(first.period.key)}, hạn nộp ${ddmmyyyy(first.dueDate)}. ` +
          'Các kỳ sau: hạn nộp ngày 15 tháng đầu sau quý.',
      )
      .waitFor();
    // The messages of the empty submit have faded out once the fields are filled.
    await dialog.getByText('Vui lòng chọn đơn vị chủ trì').waitFor({ state: 'detached' });
    await dialog.getByText('Vui lòng chọn tần suất báo cáo').waitFor({ state: 'detached' });
    await screenshot(page, 'standing-office-assign-quarterly-report');
    await expectOnlyVietnamese(page);
    await dialog.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    await page.getByText('Đã giao nhiệm vụ').first().waitFor();

    await page.waitForURL('**/nhiem-vu/**');
    await page
      .getByText(`Báo cáo ${quarterWords(first.period.key)}`)
      .first()
      .waitFor();

    await page
      .getByRole('menu', { name: 'Chức năng' })
      .getByRole('link', { name: 'Nhiệm vụ', exact: true })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Nhiệm vụ của các đơn vị' }).waitFor();
    await page.getByLabel('Tìm theo số hiệu hoặc nội dung').fill('kiểm thử báo cáo định kỳ');
    await page.getByLabel('Tìm theo số hiệu hoặc nội dung').press('Enter');
    const row = page.getByRole('row', { name: new RegExp(QUARTERLY_TASK.slice(0, 30)) });
    await row.waitFor();
    await row.getByText(owed).waitFor();
    expect(await row.innerText()).not.toContain(first.period.key);
    await expectAccessibleVietnamese(page, 'standing-office-task-list-period-in-hand');
  });

  it('assigns a task "trong 10 ngày làm việc" with the words of its document, and the deadline is the one the dialog showed', async () => {
    const today = daysFromToday(0);
    const due = vietnamWorkingDays.addWorkingDaysBestKnown(today, 10);
    const announced = vietnamWorkingDays.unsettledBetween(today, due).length === 0;

    const { page } = standing;
    await page.getByRole('link', { name: 'Kế hoạch', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Kế hoạch' }).waitFor();
    await page
      .getByRole('row', { name: /455\/KH-UBND/ })
      .getByRole('link')
      .click();
    await page.getByRole('heading', { level: 2, name: 'Kế hoạch 455/KH-UBND' }).waitFor();
    await page.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    const dialog = page.getByRole('dialog');
    await page.getByLabel('Nội dung nhiệm vụ').fill(WORKING_DAYS_TASK);
    await pick(page, 'Đơn vị chủ trì', 'Sở Tài chính');
    await dialog.getByText('Số ngày làm việc', { exact: true }).click();
    await dialog.getByLabel('Số ngày làm việc (tính từ hôm nay)').fill('10');
    if (!announced) {
      // Near a Tết whose days off are not announced yet: the dialog says so rather than guess.
      await dialog.getByText(/lịch nghỉ chưa được công bố/).waitFor();
      await screenshot(page, 'standing-office-assign-working-days-not-announced');
      return;
    }
    await dialog
      .getByText(`Hạn hoàn thành: ${ddmmyyyy(due)} — tính từ sau ngày ${ddmmyyyy(today)}`)
      .waitFor();

    await dialog.getByRole('button', { name: /Căn cứ văn bản/ }).click();
    expect(await dialog.getByLabel('Số văn bản').inputValue()).toBe('455/KH-UBND');
    await dialog.getByLabel(/^Mục/).fill('ND.2');
    await dialog.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    await dialog.getByText('Vui lòng trích nguyên văn đoạn giao nhiệm vụ').waitFor();
    await dialog.getByLabel('Trích dẫn nguyên văn').fill('phát triển hạ tầng số đồng bộ, hiện đại');
    await screenshot(page, 'standing-office-assign-working-days');
    await expectOnlyVietnamese(page);
    await dialog.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    await page.getByText('Đã giao nhiệm vụ').first().waitFor();

    await page.waitForURL('**/nhiem-vu/**');
    await page.getByRole('heading', { level: 2, name: new RegExp(WORKING_DAYS_TASK.slice(0, 30)) }).waitFor();
    await page.getByText(ddmmyyyy(due)).first().waitFor();
    await page.getByText(`(trong 10 ngày làm việc kể từ ${ddmmyyyy(today)})`).waitFor();
    await page.getByLabel('Trích dẫn văn bản').getByText('phát triển hạ tầng số đồng bộ, hiện đại').waitFor();
    await expectAccessibleVietnamese(page, 'standing-office-task-in-working-days');
  });

  it('shows the overdue demo tasks by agency and escalates one from the board', async () => {
    const { page } = standing;
    await page.getByRole('link', { name: 'Việc quá hạn' }).click();
    await page.getByRole('heading', { level: 2, name: 'Việc quá hạn' }).waitFor();
    const finance = page.locator('.ant-collapse-item', { hasText: 'Sở Tài chính' });
    await finance.getByRole('link', { name: /Bố trí kinh phí triển khai nền tảng dữ liệu/ }).waitFor();
    const office = page.locator('.ant-collapse-item', { hasText: 'Văn phòng UBND thành phố' });
    const review = office.getByRole('row', { name: /Rà soát thủ tục hành chính/ });
    await review.waitFor();
    expect(await review.innerText()).toMatch(/\d+ ngày/);
    await expectAccessibleVietnamese(page, 'standing-office-overdue');

    await review.getByRole('button', { name: /Chuyển cấp trên/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Ban Chỉ đạo').first().waitFor();
    await page.getByLabel('Lý do').fill('Quá hạn, chưa tiếp nhận dù đã nhắc');
    await screenshot(page, 'standing-office-escalate');
    await expectOnlyVietnamese(page);
    await dialog.getByRole('button', { name: 'Chuyển cấp trên' }).click();
    await page.getByText('Đã chuyển cấp trên đôn đốc').first().waitFor();
    await review.getByText('Đã chuyển Ban Chỉ đạo').waitFor();
    expect(await review.getByRole('button', { name: /Chuyển cấp trên/ }).count()).toBe(0);
  });

  it('fits a phone: the board, the queue and the plans at 360 px without sideways scrolling', async () => {
    const { page, context } = await world.loginAs('demo.thuongtruc', 'phone');
    // Through the menu drawer, as on a phone (every reload would renew the session, and
    // the auth routes are rate-limited per address).
    for (const [entry, heading, name] of [
      ['Việc quá hạn', 'Việc quá hạn', 'standing-office-phone-overdue'],
      ['Chờ xử lý', 'Chờ xử lý', 'standing-office-phone-pending'],
      ['Kế hoạch', 'Kế hoạch', 'standing-office-phone-plans'],
    ] as const) {
      await page.getByRole('button', { name: 'Mở danh mục chức năng' }).click();
      await page.getByRole('dialog').getByRole('link', { name: entry, exact: true }).click();
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
      // The drawer locks the page's scrolling (and its width) until it has slid away.
      await page.locator('.ant-drawer-mask').waitFor({ state: 'detached' });
      await expectFitsPhone(page, name);
    }
    await page.getByRole('link', { name: /Chiến lược Quốc gia phát triển kinh tế số/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Kế hoạch 284/KH-UBND' }).waitFor();
    await expectFitsPhone(page, 'standing-office-phone-plan-detail');
    await context.close();
  });
});
