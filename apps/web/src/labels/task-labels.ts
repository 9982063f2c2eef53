/** Vietnamese words for every code the API answers with; the screens never show a code. */

export type TaskCategory =
  | 'not_acknowledged'
  | 'in_progress_on_time'
  | 'in_progress_overdue'
  | 'completed_on_time'
  | 'completed_late'
  | 'cancelled';

export const TASK_CATEGORIES: readonly TaskCategory[] = [
  'not_acknowledged',
  'in_progress_on_time',
  'in_progress_overdue',
  'completed_on_time',
  'completed_late',
  'cancelled',
];

/** The status categories of Vietnamese government reports, with a tag colour each. */
export const CATEGORY_LABELS: Record<TaskCategory, { label: string; color: string }> = {
  not_acknowledged: { label: 'Chưa tiếp nhận', color: 'default' },
  in_progress_on_time: { label: 'Đang thực hiện trong hạn', color: 'processing' },
  in_progress_overdue: { label: 'Đang thực hiện quá hạn', color: 'error' },
  completed_on_time: { label: 'Hoàn thành đúng hạn', color: 'success' },
  completed_late: { label: 'Hoàn thành quá hạn', color: 'warning' },
  cancelled: { label: 'Đã hủy', color: 'default' },
};

/** Chart colours of the categories, dark enough for text contrast on white. */
export const CATEGORY_CHART_COLORS: Record<TaskCategory, string> = {
  not_acknowledged: '#8c8c8c',
  in_progress_on_time: '#1677ff',
  in_progress_overdue: '#cf1322',
  completed_on_time: '#389e0d',
  completed_late: '#d46b08',
  cancelled: '#bfbfbf',
};

export const STATUS_LABELS: Record<string, string> = {
  assigned: 'Đã giao, chưa tiếp nhận',
  in_progress: 'Đang thực hiện',
  completed: 'Đã báo cáo hoàn thành, chờ xem xét',
  accepted: 'Đã nghiệm thu',
  cancelled: 'Đã hủy',
};

export const ESCALATION_LABELS: Record<string, string> = {
  standing_office: 'Đã chuyển cơ quan thường trực',
  steering_committee: 'Đã chuyển Ban Chỉ đạo',
};

export const PARTICIPATION_LABELS: Record<string, string> = {
  lead: 'Chủ trì',
  coordinating: 'Phối hợp',
};

export function categoryLabel(category: string): string {
  return CATEGORY_LABELS[category as TaskCategory]?.label ?? 'Không xác định';
}
