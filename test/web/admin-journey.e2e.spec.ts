import type { Page } from 'playwright-core';
import { localDateAt } from '@giaoviec/kernel';
import { WebWorld, screenshot, seriousAccessibilityViolations } from './support/web-world';
import { expectOnlyVietnamese } from './support/screen-text';

const COMMUNE = 'UBND phường Kiểm Thử Giao Diện';
const COMMUNE_SHORT = 'Phường Kiểm Thử';
const OFFICER = { name: 'Trần Thị Kiểm Thử', username: 'canbo.kiemthu' };
const NEW_PASSWORD = 'Mat-khau-moi-2026-kt';

function daysFromToday(days: number): string {
  return localDateAt(new Date(Date.now() + days * 86_400_000));
}

/** A row's command, from its "Thao tác" menu. */
async function rowAction(page: Page, subject: string, action: string): Promise<void> {
  await page.getByRole('button', { name: `Thao tác: ${subject}` }).click();
  await page.getByRole('menuitem', { name: action }).click();
  await page.getByRole('dialog').waitFor();
}

/** Picks an option of a searchable select by typing its label. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  const box = field(page, label);
  await box.click();
  await box.fill(option);
  await page.locator('.ant-select-item-option', { hasText: option }).first().click();
}

/** A field of the open form, by its label (optional fields' labels end with antd's "optional" mark). */
function field(page: Page, label: string) {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByRole('dialog').getByLabel(new RegExp(`^${escaped}\\s*(\\(Tùy chọn\\))?$`));
}

async function confirmDialog(page: Page, button: string): Promise<void> {
  await page.getByRole('dialog').getByRole('button', { name: button, exact: true }).click();
}

async function loginWithPassword(world: WebWorld, username: string, password: string) {
  const opened = await world.newPage('desktop');
  await opened.page.goto('/dang-nhap');
  await opened.page.getByLabel('Tên đăng nhập').fill(username);
  await opened.page.getByLabel('Mật khẩu').fill(password);
  await opened.page.getByRole('button', { name: 'Đăng nhập' }).click();
  return opened;
}

/** The administrator keeps the directory and the accounts; what they decide is what people can do. */
describe('web application: the administrator', () => {
  let world: WebWorld;

  beforeAll(async () => {
    world = await WebWorld.start();
  }, 180_000);

  afterAll(async () => {
    await world?.close();
  });

  it('registers a commune, gives it an officer who logs in, then deactivates the account', async () => {
    const { page, context } = await world.loginAs('demo.admin');
    await page.getByRole('heading', { name: 'Cơ quan, đơn vị' }).waitFor();
    await page.getByRole('cell', { name: 'Ban Chỉ đạo', exact: true }).waitFor();
    await page.getByText('Sở, ban, ngành').first().waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await expectOnlyVietnamese(page);
    await screenshot(page, 'admin-desktop-agencies');

    // The commune: the id is made from the name, without the accents.
    await page.getByRole('button', { name: 'Thêm cơ quan' }).click();
    await confirmDialog(page, 'Thêm cơ quan');
    await page.getByText('Vui lòng nhập tên cơ quan, đơn vị').waitFor();
    await field(page, 'Tên cơ quan, đơn vị').fill(COMMUNE);
    await field(page, 'Tên viết tắt').fill(COMMUNE_SHORT);
    await page.getByRole('button', { name: 'Nâng cao' }).click();
    expect(await field(page, 'Mã định danh').inputValue()).toBe('phuong-kiem-thu-giao-dien');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-desktop-register-agency');
    await confirmDialog(page, 'Thêm cơ quan');
    await page.getByText('Đã thêm cơ quan, đơn vị').first().waitFor();
    await page.getByRole('searchbox', { name: 'Tìm theo tên cơ quan, đơn vị' }).fill('kiem thu');
    const row = page.getByRole('row', { name: new RegExp(COMMUNE) });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/UBND phường, xã[\s\S]*Đang hoạt động/);

    // The officer's account, with the password policy said before sending.
    await page.getByRole('menuitem', { name: 'Tài khoản' }).click();
    await page.getByRole('heading', { name: 'Tài khoản người dùng' }).waitFor();
    await page
      .getByRole('cell', { name: /^\[Demo\] Cán bộ Sở Tài chính/ })
      .first()
      .waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await expectOnlyVietnamese(page);
    await screenshot(page, 'admin-desktop-users');
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await field(page, 'Họ và tên').fill(OFFICER.name);
    await field(page, 'Tên đăng nhập').fill(OFFICER.username);
    await choose(page, 'Cơ quan, đơn vị', COMMUNE);
    await field(page, 'Mật khẩu ban đầu').fill(OFFICER.username);
    await field(page, 'Nhập lại mật khẩu').fill('khac-han');
    await confirmDialog(page, 'Tạo tài khoản');
    await page.getByText('Mật khẩu phải khác tên đăng nhập').waitFor();
    await page.getByText('Hai lần nhập mật khẩu không khớp').waitFor();
    await field(page, 'Mật khẩu ban đầu').fill('ngan');
    await page.getByText('Mật khẩu phải có ít nhất 10 ký tự').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-desktop-register-user-validation');
    await expectOnlyVietnamese(page);
    await field(page, 'Mật khẩu ban đầu').fill('Mat-khau-ban-dau-2026');
    await field(page, 'Nhập lại mật khẩu').fill('Mat-khau-ban-dau-2026');
    await confirmDialog(page, 'Tạo tài khoản');
    await page.getByText('Đã tạo tài khoản').first().waitFor();
    const account = page.getByRole('row', { name: new RegExp(OFFICER.name) });
    await account.waitFor();
    expect(await account.innerText()).toMatch(new RegExp(`${COMMUNE}[\\s\\S]*Cán bộ[\\s\\S]*Đang hoạt động`));

    await rowAction(page, OFFICER.name, 'Đặt lại mật khẩu');
    await field(page, 'Mật khẩu mới').fill(NEW_PASSWORD);
    await field(page, 'Nhập lại mật khẩu').fill(NEW_PASSWORD);
    await confirmDialog(page, 'Đặt lại mật khẩu');
    await page.getByText('Đã đặt lại mật khẩu').first().waitFor();

    // The officer, on their own browser, sees their commune's work and no administration.
    const officer = await loginWithPassword(world, OFFICER.username, NEW_PASSWORD);
    await officer.page.getByRole('heading', { name: 'Việc của đơn vị' }).waitFor();
    await officer.page.getByRole('banner').getByText(COMMUNE_SHORT).waitFor();
    for (const entry of ['Cơ quan, đơn vị', 'Tài khoản', 'Quản trị']) {
      expect(await officer.page.getByRole('menuitem', { name: entry }).count()).toBe(0);
    }
    await officer.page.goto('/quan-tri/tai-khoan');
    await officer.page.getByText('Không có quyền truy cập').waitFor();
    expect(await officer.page.getByRole('button', { name: 'Tạo tài khoản' }).count()).toBe(0);
    await officer.context.close();

    // Deactivated: the account no longer logs in, and the login page says why in Vietnamese.
    await rowAction(page, OFFICER.name, 'Khóa tài khoản');
    await confirmDialog(page, 'Khóa tài khoản');
    await page.getByText('Vui lòng nêu lý do').waitFor();
    await field(page, 'Lý do').fill('Kết thúc kiểm thử giao diện');
    await confirmDialog(page, 'Khóa tài khoản');
    await page.getByText('Đã khóa tài khoản').first().waitFor();
    await page.getByRole('row', { name: new RegExp(`${OFFICER.name}.*Đã khóa`) }).waitFor();
    await screenshot(page, 'admin-desktop-users-after-deactivation');
    await expectOnlyVietnamese(page);

    const refused = await loginWithPassword(world, OFFICER.username, NEW_PASSWORD);
    const alert = refused.page.getByRole('alert');
    await alert.waitFor();
    expect(refused.page.url()).toMatch(/\/dang-nhap$/);
    expect(await alert.innerText()).toMatch(/[àáảãạăâđèéêìíòóôơùúưỳý]/i);
    await expectOnlyVietnamese(refused.page);
    await screenshot(refused.page, 'admin-deactivated-login-refused');
    await refused.context.close();
    await context.close();
  });

  it('merges two communes after a confirmation that names them, renames the survivor and retires a unit', async () => {
    const asAdmin = await world.apiAs('demo.admin');
    for (const [agencyId, name] of [
      ['phuong-gop-mot', 'UBND phường Gộp Một'],
      ['phuong-gop-hai', 'UBND phường Gộp Hai'],
      ['to-cong-tac-thu', 'Tổ công tác thử nghiệm'],
    ]) {
      const registered = await asAdmin('/agencies', {
        method: 'POST',
        body: JSON.stringify({ agencyId, name, kind: agencyId.startsWith('phuong') ? 'commune' : 'other' }),
      });
      expect(registered.status).toBe(201);
    }
    const asStandingOffice = await world.apiAs('demo.thuongtruc');
    const assigned = await asStandingOffice('/plans/kh-cds-2026-2030/tasks', {
      method: 'POST',
      body: JSON.stringify({
        taskId: 'kiem-thu-sap-nhap',
        title: 'Nhiệm vụ của phường trước sáp nhập (kiểm thử)',
        leadAgencyId: 'phuong-gop-hai',
        dueDate: daysFromToday(30),
      }),
    });
    expect(assigned.status).toBe(201);

    const { page, context } = await world.loginAs('demo.admin');
    await page.getByRole('heading', { name: 'Cơ quan, đơn vị' }).waitFor();
    await page.getByRole('button', { name: 'Sáp nhập phường, xã' }).click();
    await choose(page, 'Đơn vị sau sáp nhập', 'UBND phường Gộp Một');
    await choose(page, 'Các phường, xã sáp nhập vào', 'UBND phường Gộp Hai');
    await field(page, 'Số, ký hiệu văn bản quyết định').fill('99/NQ-KT');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await confirmDialog(page, 'Sáp nhập');
    await screenshot(page, 'admin-desktop-merge-form');
    await expectOnlyVietnamese(page);
    const confirmation = page.locator('.ant-modal-confirm');
    await confirmation.getByText(/nhiệm vụ chưa hoàn thành/).waitFor();
    expect(await confirmation.innerText()).toMatch(
      /UBND phường Gộp Hai sẽ được sáp nhập vào UBND phường Gộp Một/,
    );
    await screenshot(page, 'admin-desktop-merge-confirmation');
    await confirmation.getByRole('button', { name: 'Đồng ý sáp nhập' }).click();
    await page
      .getByText(/Đã sáp nhập/)
      .first()
      .waitFor();
    await page.getByRole('searchbox', { name: 'Tìm theo tên cơ quan, đơn vị' }).fill('gop');
    await page.getByText('Đã sáp nhập vào UBND phường Gộp Một').waitFor();
    const task = (await (await asStandingOffice('/tasks/kiem-thu-sap-nhap')).json()) as {
      leadAgencyId: string;
    };
    expect(task.leadAgencyId).toBe('phuong-gop-mot');

    await rowAction(page, 'UBND phường Gộp Một', 'Đổi tên');
    await field(page, 'Tên mới').fill('UBND phường Gộp Mới');
    await confirmDialog(page, 'Đổi tên');
    await page.getByText('Đã đổi tên cơ quan, đơn vị').first().waitFor();
    await page.getByRole('cell', { name: 'UBND phường Gộp Mới', exact: true }).waitFor();
    await page.getByText('Đã sáp nhập vào UBND phường Gộp Mới').waitFor();

    await page.getByRole('searchbox', { name: 'Tìm theo tên cơ quan, đơn vị' }).fill('to cong tac');
    await rowAction(page, 'Tổ công tác thử nghiệm', 'Ngừng hoạt động');
    await field(page, 'Lý do').fill('Hoàn thành nhiệm vụ, giải thể tổ công tác');
    await confirmDialog(page, 'Ngừng hoạt động');
    await page.getByText('Đã ghi nhận cơ quan, đơn vị ngừng hoạt động').first().waitFor();
    await page.getByRole('row', { name: /Tổ công tác thử nghiệm.*Ngừng hoạt động/ }).waitFor();
    await expectOnlyVietnamese(page);
    await context.close();
  });

  it('shows the administrator no task commands', async () => {
    const { page, context } = await world.loginAs('demo.admin');
    await page.getByRole('heading', { name: 'Cơ quan, đơn vị' }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Nhiệm vụ' }).count()).toBe(0);
    await page.goto('/nhiem-vu/minh-hoa-1');
    await page.getByText('Không có quyền truy cập').waitFor();
    for (const absent of ['Tiếp nhận', 'Báo cáo tiến độ', 'Đề nghị gia hạn', 'Nghiệm thu', 'Hủy nhiệm vụ']) {
      expect(await page.getByRole('button', { name: absent }).count()).toBe(0);
    }
    await context.close();
  });

  it('opens the queue dashboard from the menu, and from its own address, with the reminders the worker scheduled', async () => {
    const { page, context } = await world.loginAs('demo.admin');
    await page.getByRole('menuitem', { name: 'Hàng đợi nhắc việc' }).click();
    await page.getByRole('heading', { name: 'Hàng đợi nhắc việc' }).waitFor();
    await screenshot(page, 'admin-desktop-queue-dashboard-screen');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await expectOnlyVietnamese(page);

    const [dashboard] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Mở bảng điều khiển hàng đợi' }).click(),
    ]);
    await dashboard.waitForURL(/\/queues/);
    // bull-board's own page, its list of queues read with the cookie: the reminders are delayed jobs.
    await dashboard.getByText('reminders-digest').first().waitFor();
    await dashboard.getByRole('link', { name: 'reminders', exact: true }).click();
    // The reminder jobs of the seeded tasks, with their payloads.
    await dashboard.getByText('task-reminder').first().waitFor();
    await screenshot(dashboard, 'admin-desktop-queue-dashboard');
    const counts = await world.apiAs('demo.admin');
    const queues = (await (await counts('/queues/api/queues')).json()) as {
      queues: Array<{ name: string; counts: { delayed: number } }>;
    };
    expect(queues.queues.find((queue) => queue.name === 'reminders')!.counts.delayed).toBeGreaterThan(0);

    // Typed in the address bar: sent through the web screen, which lets the browser in and comes back.
    const typed = await context.newPage();
    await typed.goto('/queues');
    await typed.waitForURL((url) => url.pathname === '/queues');
    await typed.getByText('reminders-digest').first().waitFor();

    // Logging out closes the dashboard to this browser.
    await page.getByRole('button', { name: 'Tài khoản' }).click();
    await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
    await page.waitForURL((url) => url.pathname === '/dang-nhap');
    const afterLogout = await context.request.get('/queues/api/queues');
    expect(afterLogout.status()).toBe(401);
    await context.close();
  });

  it('lists the agencies on a phone (360 px) without sideways scrolling', async () => {
    const { page, context } = await world.loginAs('demo.admin', 'phone');
    await page.getByRole('heading', { name: 'Cơ quan, đơn vị' }).waitFor();
    await page.getByText('Công an thành phố').first().waitFor();
    await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' });
    await screenshot(page, 'admin-phone-agencies');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await expectOnlyVietnamese(page);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);

    await page.getByRole('button', { name: 'Mở danh mục chức năng' }).click();
    await page.getByRole('menuitem', { name: 'Tài khoản' }).click();
    await page.getByRole('heading', { name: 'Tài khoản người dùng' }).waitFor();
    await page.getByText('[Demo] Cán bộ Sở Tài chính').first().waitFor();
    await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' });
    await screenshot(page, 'admin-phone-users');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await context.close();
  });
});
