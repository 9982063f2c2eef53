import { addDays, type LocalDate } from '@giaoviec/kernel';

/**
 * DEMO ONLY: a little activity on top of the real plans, so the dashboards and the overdue
 * board show something on the first start. The tasks are marked "[Minh họa]" (illustration),
 * belong to the 2026–2030 digital transformation plan (whose period holds their deadlines for
 * years, where Plan 495's ends with 2026), and their dates are relative to the day the demo is loaded.
 */
export interface DemoTask {
  readonly taskId: string;
  readonly title: string;
  readonly leadAgencyId: string;
  /** Days from today: negative is overdue. */
  readonly dueInDays: number;
  readonly acknowledgedBy?: string;
  readonly progress?: { readonly by: string; readonly summary: string; readonly percentComplete: number };
  readonly escalate?: boolean;
}

export const DEMO_PLAN_ID = 'kh-cds-2026-2030';

export const DEMO_TASKS: readonly DemoTask[] = [
  {
    taskId: 'minh-hoa-1',
    title: '[Minh họa] Bố trí kinh phí triển khai nền tảng dữ liệu dùng chung năm 2026',
    leadAgencyId: 'so-tai-chinh',
    dueInDays: -12,
    acknowledgedBy: 'demo-can-bo-stc',
    progress: {
      by: 'demo-can-bo-stc',
      summary: '[Minh họa] Đã trình dự toán, chờ phê duyệt',
      percentComplete: 60,
    },
    escalate: true,
  },
  {
    taskId: 'minh-hoa-2',
    title: '[Minh họa] Rà soát thủ tục hành chính đủ điều kiện cung cấp trực tuyến toàn trình',
    leadAgencyId: 'van-phong-ubnd',
    dueInDays: -4,
  },
  {
    taskId: 'minh-hoa-3',
    title: '[Minh họa] Báo cáo tình hình thanh toán không dùng tiền mặt trong dịch vụ công',
    leadAgencyId: 'so-tai-chinh',
    dueInDays: 9,
    acknowledgedBy: 'demo-can-bo-stc',
    progress: {
      by: 'demo-can-bo-stc',
      summary: '[Minh họa] Đang tổng hợp số liệu quý IV',
      percentComplete: 30,
    },
  },
];

export const dueDateOf = (task: DemoTask, today: LocalDate): LocalDate => addDays(today, task.dueInDays);
