import { Tag } from 'antd';
import type { OverdueTask } from '../../api/standing-office-views';
import { ESCALATION_LABELS } from '../../labels/task-labels';

/** How far up a task has been handed for chasing. */
export function EscalationTag({ level }: { level: OverdueTask['escalationLevel'] }) {
  if (!level) return <Tag>Chưa chuyển cấp trên</Tag>;
  return <Tag color={level === 'steering_committee' ? 'error' : 'warning'}>{ESCALATION_LABELS[level]}</Tag>;
}
