import { Descriptions, List, Space, Tag, Typography } from 'antd';
import type { TaskDetail } from '../../api/views';
import { formatDate } from '../../labels/dates';
import { deadlineRuleLabel, periodLabel, recurrenceLabel } from '../../labels/recurrence-labels';

/** The rows of a recurring report: its rhythm, the period owed now, and every period reported. */
export function recurrenceRows(task: TaskDetail, wide: boolean) {
  const recurrence = task.recurrence;
  if (!recurrence) return [];
  const period = task.periodInHand;
  const span = wide ? 2 : 1;
  return [
    <Descriptions.Item key="recurrence" label="Báo cáo định kỳ" span={span}>
      {recurrenceLabel(recurrence)}
      <Typography.Text type="secondary"> (hạn nộp: {deadlineRuleLabel(recurrence)})</Typography.Text>
    </Descriptions.Item>,
    <Descriptions.Item key="period" label="Kỳ đang phải nộp" span={span}>
      {period ? (
        <Space wrap size={4}>
          <Typography.Text strong>Báo cáo {periodLabel(period.key)}</Typography.Text>
          <Typography.Text type="secondary">
            (từ {formatDate(period.start)} đến {formatDate(period.end)})
          </Typography.Text>
          <span>
            hạn nộp <Typography.Text strong>{formatDate(task.dueDate)}</Typography.Text>
          </span>
          {task.overdue && <Tag color="red">Quá hạn</Tag>}
        </Space>
      ) : task.recurrenceEnded ? (
        'Đã báo cáo đủ các kỳ'
      ) : (
        'Chưa xác định kỳ báo cáo'
      )}
    </Descriptions.Item>,
    <Descriptions.Item key="reports" label="Các kỳ đã báo cáo" span={span}>
      {task.periodReports.length === 0 ? (
        'Chưa có kỳ nào được báo cáo'
      ) : (
        <List
          size="small"
          split={false}
          dataSource={[...task.periodReports].reverse()}
          renderItem={(report) => (
            <List.Item style={{ padding: '2px 0' }}>
              <Space wrap size={4}>
                <span>Báo cáo {periodLabel(report.periodKey)}</span>
                <Typography.Text type="secondary">
                  nộp ngày {formatDate(report.reportedOn)}, hạn {formatDate(report.dueDate)}
                </Typography.Text>
                {report.onTime ? <Tag color="green">Đúng hạn</Tag> : <Tag color="red">Trễ hạn</Tag>}
              </Space>
            </List.Item>
          )}
        />
      )}
    </Descriptions.Item>,
  ];
}
