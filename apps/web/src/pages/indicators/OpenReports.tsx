import { ClockCircleOutlined, RollbackOutlined } from '@ant-design/icons';
import { Button, List, Space, Tag, Typography } from 'antd';
import type { IndicatorScore } from '../../api/leadership-views';
import { formatDate } from '../../labels/dates';
import type { OpenReport } from './ReviewValueModal';
import { periodLabel, withUnit } from './indicator-words';

/** "Chờ xác nhận" or "Bị trả lại", in words and an icon, not colour alone. */
export function OpenReportTag({ report }: { report: Pick<OpenReport, 'status'> }) {
  return report.status === 'pending' ? (
    <Tag color="processing" icon={<ClockCircleOutlined />}>
      Chờ xác nhận
    </Tag>
  ) : (
    <Tag color="error" icon={<RollbackOutlined />}>
      Bị trả lại
    </Tag>
  );
}

/**
 * The values of the year still open: waiting for the standing office, or returned to the
 * agency with the reason (it reports the period again). The buttons are the person's own.
 */
export function OpenReports({
  indicator,
  reports = indicator.openReports,
  title = 'Số liệu đang chờ xử lý',
  onReview,
  onReportAgain,
}: {
  indicator: IndicatorScore;
  reports?: OpenReport[];
  title?: string;
  onReview?: (decision: 'confirm' | 'return', report: OpenReport) => void;
  onReportAgain?: (report: OpenReport) => void;
}) {
  if (reports.length === 0) return null;
  return (
    <List<OpenReport>
      size="small"
      bordered
      header={<Typography.Text strong>{title}</Typography.Text>}
      dataSource={reports}
      renderItem={(report) => {
        const actions =
          report.status === 'pending' && onReview
            ? [
                <Button key="confirm" type="primary" size="small" onClick={() => onReview('confirm', report)}>
                  Xác nhận
                </Button>,
                <Button key="return" danger size="small" onClick={() => onReview('return', report)}>
                  Trả lại
                </Button>,
              ]
            : report.status === 'returned' && onReportAgain
              ? [
                  <Button key="again" size="small" onClick={() => onReportAgain(report)}>
                    Báo cáo lại
                  </Button>,
                ]
              : [];
        return (
          <List.Item actions={actions} style={{ flexWrap: 'wrap', gap: 8 }}>
            <Space direction="vertical" size={2}>
              <Space wrap size={4}>
                <OpenReportTag report={report} />
                <span>
                  {periodLabel(report.period)}: <strong>{withUnit(report.value, indicator.unit)}</strong>,
                  tính đến {formatDate(report.asOf)}
                </span>
              </Space>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {report.reportedByAgencyName ?? 'Đơn vị chưa rõ tên'} · nguồn: {report.source}
                {report.evidenceNote ? ` · minh chứng: ${report.evidenceNote}` : ''}
              </Typography.Text>
              {report.onBehalfReason && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  Báo cáo thay, lý do: {report.onBehalfReason}
                </Typography.Text>
              )}
              {report.returnReason && (
                <Typography.Text type="danger">Lý do trả lại: {report.returnReason}</Typography.Text>
              )}
            </Space>
          </List.Item>
        );
      }}
    />
  );
}
