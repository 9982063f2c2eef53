import { Progress, Space, Typography } from 'antd';
import type { StepState } from './plan-import-issuing';

const PLAN_WORDS: Record<StepState, string> = {
  pending: 'Chưa ban hành kế hoạch',
  // No answer came: it may or may not have been issued; pressing again settles it.
  sent: 'Chưa xác nhận được việc ban hành kế hoạch',
  refused: 'Kế hoạch chưa được ban hành',
  done: 'Đã ban hành kế hoạch',
};

/** How far the issuing of a draft has come: the plan, then "Đã giao 12/70 nhiệm vụ". */
export function IssuingStatus({
  plan,
  assigned,
  total,
}: {
  plan: StepState;
  assigned: number;
  total: number;
}) {
  const planIssued = plan === 'done';
  const words = `${PLAN_WORDS[plan]}; đã giao ${assigned.toLocaleString('vi-VN')}/${total.toLocaleString('vi-VN')} nhiệm vụ`;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={4}>
      <Typography.Text role="status">{words}</Typography.Text>
      <Progress
        aria-label={words}
        percent={total === 0 ? (planIssued ? 100 : 0) : Math.floor((assigned * 100) / total)}
        showInfo={false}
      />
    </Space>
  );
}
