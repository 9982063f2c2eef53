import type { Page } from 'playwright-core';
import { vietnamWorkingDays } from '@giaoviec/kernel';
import { daysFromToday, ddmmyyyy, fillDate } from './support/date-input';
import { WebWorld, screenshot, seriousAccessibilityViolations } from './support/web-world';
import { expectOnlyVietnamese } from './support/screen-text';

const COMMUNE = 'phuong-an-cuu';
const TITLE = 'Rà soát danh mục dữ liệu dùng chung của phường (kiểm thử giao diện)';

async function clickAndConfirm(page: Page, action: string): Promise<void> {
  await page.getByRole('button', { name: action, exact: true }).click();
  await page.getByRole('dialog').waitFor();
}

/** Presses Tab, as a person without a mouse does, until the focused element is named so. */
async function tabUntil(page: Page, name: RegExp): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    const focused = await page.evaluate<string>(
      "(el => el?.getAttribute('aria-label') || el?.labels?.[0]?.textContent || el?.textContent || '')(document.activeElement).trim()",
    );
    if (name.test(focused)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached an element named ${name}`);
}

/** A commune officer on a phone works an overdue task; officers cannot open other agencies' tasks. */
describe('web application: a commune officer on a phone', () => {
  let world: WebWorld;

  beforeAll(async () => {
    world = await WebWorld.start();
    // The standing office gave the commune a task that fell due yesterday.
    const asStandingOffice = await world.apiAs('demo.thuongtruc');
    const assigned = await asStandingOffice('/plans/kh-455/tasks', {
      method: 'POST',
      body: JSON.stringify({
        title: TITLE,
        leadAgencyId: COMMUNE,
        dueDate: daysFromToday(-1),
        code: 'KT.1',
        // Overdue on purpose: entered as back-dated, as the rule for past deadlines asks.
        backdated: true,
      }),
    });
    expect(assigned.status).toBe(201);
  }, 180_000);

  afterAll(async () => {
    await world?.close();
  });

  it('finds the overdue task, acknowledges it, reports progress and asks for an extension', async () => {
    const { page, context } = await world.loginAs('demo.canbo.xa', 'phone');
    await page.getByRole('heading', { name: 'Việc của đơn vị' }).waitFor();
    await page.getByText('Chưa tiếp nhận').first().waitFor();
    await screenshot(page, 'officer-phone-task-list');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await expectOnlyVietnamese(page);

    await page
      .getByRole('searchbox', { name: 'Tìm theo số hiệu hoặc nội dung' })
      .fill('ra soat danh muc du lieu');
    await page.keyboard.press('Enter');
    const card = page.getByRole('link', { name: new RegExp(TITLE.slice(0, 30)) });
    await card.waitFor();
    // Due yesterday: one working day late, unless today is a day off.
    const today = daysFromToday(0);
    // On its own card: the demo has other tasks due yesterday too.
    await page
      .getByRole('listitem')
      .filter({ hasText: TITLE.slice(0, 30) })
      .getByText(
        vietnamWorkingDays.isWorkingDay(today) ? 'Quá hạn 1 ngày làm việc' : 'Quá hạn trong ngày nghỉ',
      )
      .waitFor();
    await card.click();

    await page.getByRole('heading', { name: new RegExp(TITLE.slice(0, 30)) }).waitFor();
    await page.getByText('UBND phường An Cựu').first().waitFor();
    await screenshot(page, 'officer-phone-task-detail');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await clickAndConfirm(page, 'Tiếp nhận');
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByText('Đã tiếp nhận nhiệm vụ').first().waitFor();
    await page.getByText('Đang thực hiện quá hạn').first().waitFor();

    await clickAndConfirm(page, 'Báo cáo tiến độ');
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByText('Vui lòng nhập nội dung báo cáo').waitFor();
    await page.getByLabel('Tỷ lệ hoàn thành (%)').fill('40');
    await page.getByLabel('Nội dung báo cáo').fill('Đã rà soát 12/30 danh mục dữ liệu');
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByText('Đã gửi báo cáo tiến độ').first().waitFor();
    await page.getByText('Đã rà soát 12/30 danh mục dữ liệu', { exact: false }).first().waitFor();

    await clickAndConfirm(page, 'Đề nghị gia hạn');
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByText('Vui lòng chọn ngày đề nghị gia hạn').waitFor();
    await page.getByText('Vui lòng nêu lý do').waitFor();
    await screenshot(page, 'officer-phone-extension-validation');
    await expectOnlyVietnamese(page); // the open dialog too: its close button, its date picker
    const requested = daysFromToday(20);
    await fillDate(page, 'Đề nghị gia hạn đến ngày', requested);
    await page.getByLabel('Lý do').fill('Chờ các tổ dân phố gửi số liệu');
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByText(`Đang chờ xem xét đề nghị gia hạn đến ngày ${ddmmyyyy(requested)}`).waitFor();
    await page.getByText('Đề nghị gia hạn', { exact: true }).first().waitFor();
    await screenshot(page, 'officer-phone-after-extension-request');
    await expectOnlyVietnamese(page);
    await context.close();
  });

  it('refuses to show another agency’s task typed into the address bar', async () => {
    const { page, context } = await world.loginAs('demo.canbo.xa', 'phone');
    await page.goto('/nhiem-vu/minh-hoa-1');
    await page.getByText('Không có quyền xem nhiệm vụ này').waitFor();
    expect(await page.getByText('Bố trí kinh phí').count()).toBe(0);
    await context.close();
  });

  it('shows a department officer the tasks its agency leads, on a desktop, with no standing-office buttons', async () => {
    const { page, context } = await world.loginAs('demo.canbo.stc');
    await page.getByRole('heading', { name: 'Việc của đơn vị' }).waitFor();
    await page.getByRole('cell', { name: /Bố trí kinh phí/ }).waitFor();
    await screenshot(page, 'officer-desktop-task-list');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: /Bố trí kinh phí/ }).click();
    await page.getByRole('button', { name: 'Báo cáo tiến độ' }).waitFor();
    for (const absent of [
      'Nghiệm thu',
      'Chuyển cấp trên',
      'Hủy nhiệm vụ',
      'Đồng ý gia hạn',
      'Giao cho đơn vị trực thuộc',
    ]) {
      expect(await page.getByRole('button', { name: absent }).count()).toBe(0);
    }
    await page.getByText('Sở Tài chính báo cáo tiến độ').first().waitFor();
    await screenshot(page, 'officer-desktop-task-detail');
    await expectOnlyVietnamese(page);
    await context.close();
  });

  it('is usable with the keyboard alone: logs in, searches, opens a task and its report form', async () => {
    const { page, context } = await world.newPage('desktop');
    await page.goto('/dang-nhap');
    await page.getByLabel('Tên đăng nhập').waitFor();
    // The login page puts the cursor in the username field.
    expect(await page.evaluate<string>("document.activeElement?.id ?? ''")).toBe(
      await page.getByLabel('Tên đăng nhập').getAttribute('id'),
    );
    await page.keyboard.type('demo.canbo.stc');
    await page.keyboard.press('Tab');
    await page.keyboard.type('demo-giaoviec-2026');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Việc của đơn vị' }).waitFor();

    await tabUntil(page, /^Tìm theo số hiệu hoặc nội dung$/);
    await page.keyboard.type('bo tri kinh phi');
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: /Bố trí kinh phí/ }).waitFor();
    await tabUntil(page, /Bố trí kinh phí/);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Báo cáo tiến độ' }).waitFor();
    await tabUntil(page, /^Báo cáo tiến độ$/);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    // The focus moves into the dialog, so Tab reaches its fields and Escape closes it.
    await page.waitForFunction("document.activeElement?.closest('.ant-modal') != null");
    await tabUntil(page, /^Tỷ lệ hoàn thành/);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await context.close();
  });

  it('renews an expired access token with the refresh token, and says so when the session is over', async () => {
    const { page, context } = await world.loginAs('demo.canbo.stc');
    await page.getByRole('heading', { name: 'Việc của đơn vị' }).waitFor();
    // A reload forgets the in-memory access token: the refresh token (kept for the tab) renews it.
    await page.reload();
    await page.getByRole('heading', { name: 'Việc của đơn vị' }).waitFor();
    // The session ends elsewhere (logout revokes the refresh token family): the next renewal fails.
    const refreshToken = await page.evaluate<string | null>(
      "sessionStorage.getItem('giaoviec.refreshToken')",
    );
    await fetch(`${world.baseUrl}/auth/logout`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken }),
    });
    await page.reload();
    await page.getByText('Phiên làm việc đã hết hạn').waitFor();
    await screenshot(page, 'officer-session-expired');
    await expectOnlyVietnamese(page);
    await page.getByRole('link', { name: 'Đăng nhập lại' }).click();
    await page.getByLabel('Tên đăng nhập').waitFor();
    await context.close();
  });
});
