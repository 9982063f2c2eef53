import { Tag } from 'antd';

/** Whether the latest value meets the year's target. */
export function AchievementTag({ achieved }: { achieved: boolean | null }) {
  if (achieved === null) return <Tag>Chưa có số liệu</Tag>;
  return achieved ? <Tag color="success">Đạt</Tag> : <Tag color="error">Chưa đạt</Tag>;
}
