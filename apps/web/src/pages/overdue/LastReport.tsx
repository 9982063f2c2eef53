import { Space, Typography } from 'antd';
import type { OverdueTask } from '../../api/standing-office-views';
import { formatDate } from '../../labels/dates';

/** The last progress report of a task: when, how far, what it said. */
export function LastReport({ report }: { report: OverdueTask['lastReport'] }) {
  if (!report) return <Typography.Text type="secondary">Chưa báo cáo</Typography.Text>;
  return (
    <Space direction="vertical" size={0}>
      <span>
        {formatDate(report.on)}
        {report.percentComplete !== null ? ` · ${report.percentComplete}%` : ''}
      </span>
      {report.summary && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: report.summary }}>
          {report.summary}
        </Typography.Text>
      )}
    </Space>
  );
}
