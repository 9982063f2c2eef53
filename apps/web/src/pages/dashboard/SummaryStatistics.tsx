import { Card, Col, Row, Statistic } from 'antd';
import type { CategoryCounts } from '../../api/views';
import { completedOf, completionRate, formatRate } from './dashboard-numbers';

/**
 * The figures a report opens with: how many tasks, how many done, how many late, how many not
 * taken up. Darker shades of the chart colours: the figures are text and need AA contrast.
 */
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
      color: '#237804',
    },
    {
      title: 'Đang thực hiện trong hạn',
      value: totals?.in_progress_on_time,
      color: '#0958d9',
    },
    {
      title: 'Quá hạn chưa hoàn thành',
      value: totals?.overdue,
      color: '#a8071a',
    },
    { title: 'Chưa tiếp nhận', value: totals?.not_acknowledged, color: '#595959' },
  ];
  return (
    <Row gutter={[8, 8]}>
      {figures.map((figure) => (
        <Col key={figure.title} flex="1 1 150px">
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
