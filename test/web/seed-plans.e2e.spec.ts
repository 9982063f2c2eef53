import { screenshot } from './support/web-world';
import { webWorldOfSuite } from './support/web-world-of-suite';
import { seriousViolationsInMain } from './support/so-accessibility';
import { expectOnlyVietnamese } from './support/screen-text';

/**
 * The seed plans as the standing office reads them after `npm start`: Plan 495/KH-UBND with
 * its five groups of tasks, Plan 455/KH-UBND with its two phases. axe reads the screen's own
 * content (the shell's folded menu is a known finding of its own, see so-accessibility.ts).
 */
describe('web application: the seed plans', () => {
  const world = webWorldOfSuite();

  it('shows Plan 455 in its two phases and Plan 495 with its five tasks', async () => {
    const { page, context } = await world().loginAs('demo.thuongtruc', 'desktop');

    await page.goto('/ke-hoach/kh-455');
    await page.getByRole('heading', { level: 2, name: 'Kế hoạch 455/KH-UBND' }).waitFor();
    const phases = page.getByRole('listitem').filter({ hasText: /^Giai đoạn 20/ });
    await phases.first().waitFor();
    expect(await phases.allInnerTexts()).toEqual([
      'Giai đoạn 2026 – 2028 (01/01/2026 – 31/12/2028): hợp nhất, chuyển đổi và tích hợp các hệ thống hạ tầng theo phương án đã xây dựng',
      'Giai đoạn 2029 – 2030 (01/01/2029 – 31/12/2030): tối ưu hóa và hiện đại hóa toàn bộ hạ tầng thông tin – hạ tầng số đã hợp nhất, ứng dụng các công nghệ mới như điện toán đám mây quy mô lớn, trí tuệ nhân tạo và hệ thống xử lý dữ liệu lớn',
    ]);
    await page.getByText('Giai đoạn thực hiện', { exact: true }).waitFor();
    await expectOnlyVietnamese(page);
    expect(await seriousViolationsInMain(page)).toEqual([]);
    await screenshot(page, 'seed-plan-455-phases');

    await page.goto('/ke-hoach/kh-495');
    await page.getByRole('heading', { level: 2, name: 'Kế hoạch 495/KH-UBND' }).waitFor();
    await page.getByText('5 nhiệm vụ, 0 quá hạn').waitFor();
    // A plan issued without phases shows none.
    expect(await page.getByText('Giai đoạn thực hiện', { exact: true }).count()).toBe(0);
    await expectOnlyVietnamese(page);
    expect(await seriousViolationsInMain(page)).toEqual([]);
    await screenshot(page, 'seed-plan-495-detail');

    await page.getByRole('button', { name: 'Xem các nhiệm vụ của kế hoạch' }).click();
    await page.waitForURL('**/viec-cua-don-vi?planId=kh-495');
    for (const title of [
      'Tăng cường vai trò lãnh đạo, chỉ đạo và giám sát hoạt động chuyển đổi số',
      'Hoàn thiện thể chế, chính sách số',
      'Phát triển hạ tầng số, dữ liệu số và nhân lực số',
      'Bảo đảm an toàn thông tin mạng',
      'Đẩy mạnh truyền thông, nâng cao nhận thức, mở rộng hợp tác với doanh nghiệp và các tổ chức nghiên cứu trong nước, quốc tế',
    ]) {
      await page.getByText(title, { exact: true }).first().waitFor();
    }
    await expectOnlyVietnamese(page);
    await screenshot(page, 'seed-plan-495-tasks');
    await context.close();
  }, 180_000);
});
