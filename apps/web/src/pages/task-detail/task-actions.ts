import type { Role } from '../../labels/identity-labels';
import type { TaskDetail } from '../../api/views';
import { formatDate } from '../../labels/dates';
import { periodLabel } from '../../labels/recurrence-labels';

/** A field of an action's form. */
export interface ActionField {
  readonly name: string;
  readonly label: string;
  readonly kind: 'text' | 'textarea' | 'percent' | 'date' | 'unit' | 'level' | 'evidence';
  readonly required?: boolean;
  readonly requiredMessage?: string;
  readonly placeholder?: string;
}

/** One thing a person can do to a task, with the route that records it. */
export interface TaskAction {
  readonly key: string;
  readonly label: string;
  readonly title: string;
  readonly success: string;
  readonly primary?: boolean;
  readonly danger?: boolean;
  readonly fields: readonly ActionField[];
  /** What the person reads above the form, e.g. which period a periodic report is for. */
  readonly describe?: (task: TaskDetail) => string;
  /** Members of the body the form does not ask for (the period in hand, taken from the task). */
  readonly fixedBody?: (task: TaskDetail) => Record<string, unknown>;
  /** The API route (relative to /tasks/{taskId}). */
  readonly route: (task: TaskDetail) => string;
  readonly availableTo: (task: TaskDetail, who: { role: Role; agencyId: string }) => boolean;
}

const leadsIt = (task: TaskDetail, who: { role: Role; agencyId: string }) =>
  (who.role === 'officer' || who.role === 'agency_head') && task.leadAgencyId === who.agencyId;
/** The person's agency's coordinating part of the task, if it coordinates it. */
const ownPart = (task: TaskDetail, who: { role: Role; agencyId: string }) =>
  who.role === 'officer' || who.role === 'agency_head'
    ? task.coordinators.find((part) => part.agencyId === who.agencyId)
    : undefined;
/** Not accepted or cancelled: a coordinating part is owed until the task is closed. */
const notClosed = (task: TaskDetail) => task.status !== 'accepted' && task.status !== 'cancelled';
const standingOffice = (who: { role: Role }) => who.role === 'standing_office';
const open = (task: TaskDetail) => task.status === 'assigned' || task.status === 'in_progress';

/** The files sent with a report: the signed report, photos, spreadsheets. */
const EVIDENCE: ActionField = {
  name: 'evidenceIds',
  label: 'Tệp đính kèm',
  kind: 'evidence',
};

const REASON: ActionField = {
  name: 'reason',
  label: 'Lý do',
  kind: 'textarea',
  required: true,
  requiredMessage: 'Vui lòng nêu lý do',
};

export const TASK_ACTIONS: readonly TaskAction[] = [
  {
    key: 'acknowledge',
    label: 'Tiếp nhận',
    title: 'Tiếp nhận nhiệm vụ',
    success: 'Đã tiếp nhận nhiệm vụ',
    primary: true,
    fields: [
      {
        name: 'note',
        label: 'Ghi chú (không bắt buộc)',
        kind: 'textarea',
        placeholder: 'Ví dụ: giao phòng chuyên môn chủ trì',
      },
    ],
    route: () => 'acknowledge',
    availableTo: (task, who) => leadsIt(task, who) && task.status === 'assigned',
  },
  {
    key: 'progress',
    label: 'Báo cáo tiến độ',
    title: 'Báo cáo tiến độ thực hiện',
    success: 'Đã gửi báo cáo tiến độ',
    primary: true,
    fields: [
      { name: 'percentComplete', label: 'Tỷ lệ hoàn thành (%)', kind: 'percent' },
      {
        name: 'summary',
        label: 'Nội dung báo cáo',
        kind: 'textarea',
        required: true,
        requiredMessage: 'Vui lòng nhập nội dung báo cáo',
      },
      EVIDENCE,
    ],
    route: () => 'progress',
    availableTo: (task, who) => leadsIt(task, who) && task.status === 'in_progress',
  },
  {
    key: 'periodic-report',
    label: 'Nộp báo cáo định kỳ',
    title: 'Nộp báo cáo định kỳ',
    success: 'Đã nộp báo cáo định kỳ',
    primary: true,
    describe: (task) =>
      `Báo cáo ${periodLabel(task.periodInHand!.key)}, hạn nộp ${formatDate(task.dueDate)}` +
      (task.overdue ? ' (đã quá hạn: báo cáo sẽ được ghi nhận trễ hạn)' : ''),
    fields: [
      {
        name: 'summary',
        label: 'Nội dung báo cáo',
        kind: 'textarea',
        required: true,
        requiredMessage: 'Vui lòng nhập nội dung báo cáo',
      },
      EVIDENCE,
    ],
    fixedBody: (task) => ({ periodKey: task.periodInHand!.key }),
    route: () => 'periodic-reports',
    availableTo: (task, who) =>
      leadsIt(task, who) && task.status === 'in_progress' && task.periodInHand !== null,
  },
  {
    key: 'coordination-acknowledge',
    label: 'Tiếp nhận phần phối hợp',
    title: 'Tiếp nhận phần phối hợp',
    success: 'Đã tiếp nhận phần phối hợp',
    primary: true,
    describe: () => 'Đơn vị của bạn phối hợp thực hiện nhiệm vụ này; đơn vị chủ trì sẽ thấy việc tiếp nhận.',
    fields: [
      {
        name: 'note',
        label: 'Ghi chú (không bắt buộc)',
        kind: 'textarea',
        placeholder: 'Ví dụ: giao phòng chuyên môn phối hợp',
      },
    ],
    route: () => 'coordination/acknowledge',
    availableTo: (task, who) => notClosed(task) && ownPart(task, who)?.state === 'not_acknowledged',
  },
  {
    key: 'contribution',
    label: 'Báo cáo phần phối hợp',
    title: 'Báo cáo phần phối hợp',
    success: 'Đã gửi báo cáo phần phối hợp, đơn vị chủ trì đã được thông báo',
    primary: true,
    describe: (task) =>
      task.dueDate
        ? `Hạn của nhiệm vụ: ${formatDate(task.dueDate)}` +
          (task.overdue ? ' (đã quá hạn: báo cáo sẽ được ghi nhận trễ hạn)' : '')
        : 'Nhiệm vụ không có thời hạn cụ thể',
    fields: [
      {
        name: 'summary',
        label: 'Nội dung',
        kind: 'textarea',
        required: true,
        requiredMessage: 'Vui lòng nhập nội dung phần phối hợp',
      },
      { name: 'percentComplete', label: 'Tỷ lệ hoàn thành (%)', kind: 'percent' },
      EVIDENCE,
    ],
    // Chosen once per form, so sending it again after a lost answer records it once.
    fixedBody: () => ({ reportId: `phoi-hop-${crypto.randomUUID()}` }),
    route: () => 'contributions',
    availableTo: (task, who) => {
      const part = ownPart(task, who);
      return notClosed(task) && part !== undefined && part.state !== 'not_acknowledged';
    },
  },
  {
    key: 'extension',
    label: 'Đề nghị gia hạn',
    title: 'Đề nghị gia hạn thời hạn thực hiện',
    success: 'Đã gửi đề nghị gia hạn',
    fields: [
      {
        name: 'requestedDueDate',
        label: 'Đề nghị gia hạn đến ngày',
        kind: 'date',
        required: true,
        requiredMessage: 'Vui lòng chọn ngày đề nghị gia hạn',
      },
      REASON,
    ],
    route: () => 'extension-requests',
    availableTo: (task, who) => leadsIt(task, who) && open(task) && task.pendingExtension === null,
  },
  {
    key: 'complete',
    label: 'Báo cáo hoàn thành',
    title: 'Báo cáo hoàn thành nhiệm vụ',
    success: 'Đã báo cáo hoàn thành, chờ cơ quan thường trực xem xét',
    fields: [
      {
        name: 'result',
        label: 'Kết quả thực hiện',
        kind: 'textarea',
        required: true,
        requiredMessage: 'Vui lòng nêu kết quả thực hiện',
      },
      EVIDENCE,
    ],
    route: () => 'complete',
    // A recurring report is completed once its last period is reported.
    availableTo: (task, who) =>
      leadsIt(task, who) && task.status === 'in_progress' && task.periodInHand === null,
  },
  {
    key: 'reassign',
    label: 'Giao cho đơn vị trực thuộc',
    title: 'Giao cho đơn vị trực thuộc',
    success: 'Đã giao nhiệm vụ cho đơn vị trực thuộc',
    fields: [
      {
        name: 'toAgencyId',
        label: 'Đơn vị trực thuộc',
        kind: 'unit',
        required: true,
        requiredMessage: 'Vui lòng chọn đơn vị',
      },
      REASON,
    ],
    route: () => 'reassign',
    availableTo: (task, who) =>
      who.role === 'agency_head' && task.leadAgencyId === who.agencyId && open(task),
  },
  {
    key: 'grant',
    label: 'Đồng ý gia hạn',
    title: 'Đồng ý gia hạn',
    success: 'Đã đồng ý gia hạn',
    primary: true,
    fields: [
      { name: 'newDueDate', label: 'Thời hạn mới (để trống: theo ngày đề nghị)', kind: 'date' },
      { name: 'note', label: 'Ghi chú', kind: 'textarea' },
    ],
    route: (task) => `extension-requests/${encodeURIComponent(task.pendingExtension!.requestId)}/grant`,
    availableTo: (task, who) => standingOffice(who) && task.pendingExtension !== null,
  },
  {
    key: 'reject',
    label: 'Từ chối gia hạn',
    title: 'Từ chối đề nghị gia hạn',
    success: 'Đã từ chối đề nghị gia hạn',
    danger: true,
    fields: [REASON],
    route: (task) => `extension-requests/${encodeURIComponent(task.pendingExtension!.requestId)}/reject`,
    availableTo: (task, who) => standingOffice(who) && task.pendingExtension !== null,
  },
  {
    key: 'accept',
    label: 'Nghiệm thu',
    title: 'Nghiệm thu kết quả',
    success: 'Đã nghiệm thu kết quả',
    primary: true,
    fields: [{ name: 'comment', label: 'Nhận xét', kind: 'textarea' }],
    route: () => 'accept',
    availableTo: (task, who) => standingOffice(who) && task.status === 'completed',
  },
  {
    key: 'return',
    label: 'Trả lại',
    title: 'Trả lại, yêu cầu bổ sung',
    success: 'Đã trả lại nhiệm vụ cho đơn vị',
    danger: true,
    fields: [REASON],
    route: () => 'return',
    availableTo: (task, who) => standingOffice(who) && task.status === 'completed',
  },
  {
    key: 'escalate',
    label: 'Chuyển cấp trên',
    title: 'Chuyển cấp trên đôn đốc',
    success: 'Đã chuyển cấp trên đôn đốc',
    fields: [
      {
        name: 'level',
        label: 'Chuyển đến',
        kind: 'level',
        required: true,
        requiredMessage: 'Vui lòng chọn cấp',
      },
      { name: 'reason', label: 'Lý do', kind: 'textarea' },
    ],
    route: () => 'escalate',
    availableTo: (task, who) => standingOffice(who) && open(task),
  },
  {
    key: 'cancel',
    label: 'Hủy nhiệm vụ',
    title: 'Hủy nhiệm vụ',
    success: 'Đã hủy nhiệm vụ',
    danger: true,
    fields: [REASON],
    route: () => 'cancel',
    availableTo: (task, who) =>
      standingOffice(who) && task.status !== 'cancelled' && task.status !== 'accepted',
  },
  {
    key: 'reopen',
    label: 'Mở lại',
    title: 'Mở lại nhiệm vụ',
    success: 'Đã mở lại nhiệm vụ',
    fields: [REASON, { name: 'newDueDate', label: 'Thời hạn mới', kind: 'date' }],
    route: () => 'reopen',
    availableTo: (task, who) =>
      standingOffice(who) && (task.status === 'cancelled' || task.status === 'accepted'),
  },
];
