import type { LocalDate } from '@giaoviec/kernel';

/** '2026-12-31' → '31/12/2026', as Vietnamese documents write dates. */
export function ngay(date: LocalDate): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : date;
}

/** A task as a sentence names it: 'Nhiệm vụ III.5.2', or its (shortened) title when it has no number. */
export function nhiemVu(task: { readonly taskCode: string | null; readonly taskTitle: string }): string {
  if (task.taskCode) return `Nhiệm vụ ${task.taskCode}`;
  const title = task.taskTitle.replace(/\s+/g, ' ').trim();
  return `Nhiệm vụ "${title.length > 80 ? `${title.slice(0, 79)}…` : title}"`;
}

/** A task in a line of facts: 'III.5.2. Xây dựng cơ sở dữ liệu đất đai'. */
export function taskLine(task: { readonly taskCode: string | null; readonly taskTitle: string }): string {
  return `${task.taskCode ? `${task.taskCode}. ` : ''}${task.taskTitle}`;
}

/** Text made safe to put inside HTML. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A message on every e-mail: it comes from a system, not a person. */
export const CHU_KY =
  'Thư này được gửi tự động từ hệ thống theo dõi nhiệm vụ giao (Giao việc) của UBND thành phố Huế. Vui lòng không trả lời thư này.';

/** What a notice calls an agency missing from the directory: never its id. */
export const UNKNOWN_AGENCY_NAME = 'Đơn vị chưa có trong danh mục';
