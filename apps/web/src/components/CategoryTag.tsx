import { Tag } from 'antd';
import { CATEGORY_LABELS, type TaskCategory } from '../labels/task-labels';

export function CategoryTag({ category }: { category: TaskCategory }) {
  const { label, color } = CATEGORY_LABELS[category] ?? { label: 'Không xác định', color: 'default' };
  return <Tag color={color}>{label}</Tag>;
}
