import { Card, Space, Typography } from 'antd';
import type { IndicatorScore } from '../../api/leadership-views';
import { OpenReports } from './OpenReports';
import type { OpenReport } from './ReviewValueModal';

/** For the standing office: every value of the year waiting for its confirmation, by indicator. */
export function PendingValues({
  indicators,
  onReview,
}: {
  indicators: readonly IndicatorScore[];
  onReview: (indicator: IndicatorScore) => (decision: 'confirm' | 'return', report: OpenReport) => void;
}) {
  const waiting = indicators
    .map((indicator) => ({
      indicator,
      reports: indicator.openReports.filter((report) => report.status === 'pending'),
    }))
    .filter(({ reports }) => reports.length > 0);
  const count = waiting.reduce((sum, { reports }) => sum + reports.length, 0);
  return (
    <Card size="small" title={`Số liệu chờ xác nhận (${count})`}>
      {count === 0 ? (
        <Typography.Text type="secondary">Không có số liệu nào chờ xác nhận.</Typography.Text>
      ) : (
        <Space direction="vertical" size={8} style={{ width: '100%' }}>
          {waiting.map(({ indicator, reports }) => (
            <OpenReports
              key={indicator.indicatorId}
              indicator={indicator}
              reports={reports}
              title={indicator.name}
              onReview={onReview(indicator)}
            />
          ))}
        </Space>
      )}
    </Card>
  );
}
