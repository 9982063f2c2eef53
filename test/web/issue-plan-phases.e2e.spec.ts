import type { BrowserContext, Page } from 'playwright-core';
import { WebWorld, screenshot } from './support/web-world';
import { fillDate } from './support/date-input';
import { expectOnlyVietnamese } from './support/screen-text';
import { seriousViolationsInMain } from './support/so-accessibility';

const TITLE = 'Kế hoạch hạ tầng số năm 2027 (kiểm thử giai đoạn thực hiện)';
const PHASES = [
  {
    name: 'Giai đoạn 1: rà soát',
    from: '2027-01-01',
    to: '2027-06-30',
    focus: 'Rà soát hiện trạng hạ tầng của các cơ quan, đơn vị',
  },
  {
    name: 'Giai đoạn 2: hợp nhất',
    from: '2027-07-01',
    to: '2027-12-31',
    focus: 'Hợp nhất các hệ thống theo phương án đã phê duyệt',
  },
];

/** The standing office issues a plan with its phases through "Ban hành kế hoạch". */
describe('web application: a plan issued with its phases', () => {
  let world: WebWorld;
  let standing: { page: Page; context: BrowserContext };

  beforeAll(async () => {
    world = await WebWorld.start();
    standing = await world.loginAs('demo.thuongtruc', 'desktop');
  }, 180_000);
  afterAll(() => world?.close());

  it('enters two phases, is told in Vietnamese where they overlap or leave the period, and the plan shows them', async () => {
    const { page } = standing;
    await page.getByRole('link', { name: 'Kế hoạch', exact: true }).click();
    await page.getByRole('button', { name: 'Ban hành kế hoạch' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên kế hoạch').fill(TITLE);
    // The plan's dates first: the phases' "đến ngày" would match the label afterwards.
    await fillDate(page, 'Thực hiện từ ngày', '2027-01-01');
    await fillDate(page, 'Đến ngày', '2027-12-31');

    for (const [index, phase] of PHASES.entries()) {
      const number = index + 1;
      await dialog.getByRole('button', { name: 'Thêm giai đoạn' }).click();
      // A new phase starts with the plan, or the day after the one above ends.
      expect(await dialog.getByLabel(`Giai đoạn ${number} từ ngày`).inputValue()).toBe(
        number === 1 ? '01/01/2027' : '01/07/2027',
      );
      await dialog.getByLabel(`Tên giai đoạn ${number}`).fill(phase.name);
      await fillDate(page, `Giai đoạn ${number} đến ngày`, phase.to);
      await dialog.getByLabel(`Trọng tâm giai đoạn ${number}`).fill(phase.focus);
    }

    // The second starting before the first ends, and running past the plan: refused in place.
    await fillDate(page, 'Giai đoạn 2 từ ngày', '2027-06-15');
    await fillDate(page, 'Giai đoạn 2 đến ngày', '2028-03-31');
    await dialog.getByRole('button', { name: 'Ban hành' }).click();
    await dialog
      .getByText('Giai đoạn này phải bắt đầu sau khi “Giai đoạn 1: rà soát” kết thúc (30/06/2027)')
      .waitFor();
    await dialog
      .getByText('Giai đoạn phải kết thúc trước hoặc vào ngày kết thúc kế hoạch (31/12/2027)')
      .waitFor();
    await screenshot(page, 'issue-plan-phases-refused');
    await expectOnlyVietnamese(page);
    expect(await seriousViolationsInMain(page, '.ant-modal')).toEqual([]);

    await fillDate(page, 'Giai đoạn 2 từ ngày', PHASES[1].from);
    await fillDate(page, 'Giai đoạn 2 đến ngày', PHASES[1].to);
    await dialog.getByRole('button', { name: 'Ban hành' }).click();

    // The plan's page lists them, in order, with their dates and focus.
    await page.getByRole('heading', { level: 2, name: 'Kế hoạch chưa có số' }).waitFor();
    await page.getByText(TITLE).first().waitFor();
    await page.getByText('Giai đoạn thực hiện', { exact: true }).waitFor();
    const listed = await page
      .getByRole('listitem')
      .filter({ hasText: /^Giai đoạn \d: / })
      .allInnerTexts();
    expect(listed).toEqual([
      'Giai đoạn 1: rà soát (01/01/2027 – 30/06/2027): Rà soát hiện trạng hạ tầng của các cơ quan, đơn vị',
      'Giai đoạn 2: hợp nhất (01/07/2027 – 31/12/2027): Hợp nhất các hệ thống theo phương án đã phê duyệt',
    ]);
    await screenshot(page, 'issue-plan-phases-plan');

    const planId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    const plan = (await (await (await world.apiAs('demo.thuongtruc'))(`/plans/${planId}`)).json()) as {
      phases: unknown[];
    };
    expect(plan.phases).toEqual(PHASES);
  }, 120_000);
});
