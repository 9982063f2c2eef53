import { Card, Col, Row, Statistic } from 'antd';
import type { CategoryCounts } from '../../api/views';
import { CATEGORY_CHART_COLORS } from '../../labels/task-labels';
import { completedOf, completionRate, formatRate } from './dashboard-numbers';

/** The figures a report opens with: how many tasks, how many done, how many late, how many not taken up. */
export function SummaryStatistics({
  totals,
  loading,
}: {
  totals: CategoryCounts | undefined;
  loading: boolean;
}) {
  const figures = [
    { title: 'Tổng số nhiệm vụ', value: totals?.total, color: '#262626' },
    {
      title: 'Đã hoàn thành',
      value: totals ? completedOf(totals) : undefined,
      suffix: totals ? ` (${formatRate(completionRate(totals))})` : undefined,
      color: CATEGORY_CHART_COLORS.completed_on_time,
    },
    {
      title: 'Đang thực hiện trong hạn',
      value: totals?.in_progress_on_time,
      color: CATEGORY_CHART_COLORS.in_progress_on_time,
    },
    {
      title: 'Quá hạn chưa hoàn thành',
      value: totals?.overdue,
      color: CATEGORY_CHART_COLORS.in_progress_overdue,
    },
    { title: 'Chưa tiếp nhận', value: totals?.not_acknowledged, color: '#595959' },
  ];
  return (
    <Row gutter={[8, 8]}>
      {figures.map((figure) => (
        <Col key={figure.title} xs={12} md={8} xl={4} flex="auto">
          <Card size="small" loading={loading}>
            <Statistic
              title={figure.title}
              value={figure.value ?? 0}
              suffix={figure.suffix}
              groupSeparator="."
              valueStyle={{ color: figure.color, fontSize: 22 }}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
