import { addDays, type LocalDate } from '@giaoviec/kernel';
import { COMMUNE_AGENCIES } from '../data';

/** The commune of the demo account demo.canbo.xa. */
const FIRST_COMMUNE_ID = COMMUNE_AGENCIES[0].agencyId;

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
  /** The coordinating agencies (phối hợp), so demo.canbo.stc and demo.canbo.xa each find a part they owe. */
  readonly coordinatingAgencyIds?: readonly string[];
  /** A coordinating agency that took its part on and, optionally, reported a contribution. */
  readonly coordination?: {
    readonly acknowledgedBy: string;
    readonly contribution?: { readonly summary: string; readonly percentComplete: number };
  };
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
  {
    // Sở Tài chính has reported its part; the commune has not taken its part on yet.
    taskId: 'minh-hoa-4',
    title: '[Minh họa] Số hóa hồ sơ đất đai cấp xã, phường lên nền tảng dữ liệu dùng chung',
    leadAgencyId: 'van-phong-ubnd',
    dueInDays: 20,
    coordinatingAgencyIds: ['so-tai-chinh', FIRST_COMMUNE_ID],
    coordination: {
      acknowledgedBy: 'demo-can-bo-stc',
      contribution: {
        summary: '[Minh họa] Đã bố trí kinh phí số hóa cho các xã, phường trong dự toán năm',
        percentComplete: 100,
      },
    },
  },
  {
    // Overdue, and the commune's part still owed: the coordinator's record shows it.
    taskId: 'minh-hoa-5',
    title: '[Minh họa] Tuyên truyền cài đặt ứng dụng Hue-S tại tổ dân phố',
    leadAgencyId: 'van-phong-ubnd',
    dueInDays: -3,
    coordinatingAgencyIds: [FIRST_COMMUNE_ID],
  },
];

export const dueDateOf = (task: DemoTask, today: LocalDate): LocalDate => addDays(today, task.dueInDays);
