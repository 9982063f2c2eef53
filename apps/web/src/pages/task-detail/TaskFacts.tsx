import { Descriptions, Progress, Space, Tag, Typography } from 'antd';
import type { HistoryEvent, TaskDetail } from '../../api/views';
import { formatDate } from '../../labels/dates';
import { ESCALATION_LABELS, STATUS_LABELS } from '../../labels/task-labels';
import { planLabel, usePlans } from '../../hooks/use-plans';
import { useAgencyName } from '../../hooks/use-agencies';
import { CategoryTag } from '../../components/CategoryTag';
import { sourceLabel } from '../../labels/source-labels';
import { deadlineGivenWords } from '../../labels/deadline-given-words';
import { recurrenceRows } from './RecurrenceFacts';
import { DeadlineHistory } from './DeadlineHistory';

/** What the task is, where it comes from, who owes it and by when. */
export function TaskFacts({
  task,
  events,
  wide,
}: {
  task: TaskDetail;
  events: readonly HistoryEvent[];
  wide: boolean;
}) {
  const plans = usePlans();
  const agencyName = useAgencyName();
  const plan = plans.data?.find((candidate) => candidate.planId === task.planId);
  const assigned = events.find((event) => event.type === 'TaskAssigned');
  const description = assigned?.data.description as string | undefined;
  const givenAs = deadlineGivenWords(assigned?.data);

  return (
    <Descriptions bordered size="small" column={wide ? 2 : 1} labelStyle={{ width: wide ? 190 : 130 }}>
      <Descriptions.Item label="Kế hoạch" span={wide ? 2 : 1}>
        {plan ? (
          <>
            <Typography.Text strong>{planLabel(plan)}</Typography.Text>: {plan.title}
          </>
        ) : (
          '—'
        )}
      </Descriptions.Item>
      <Descriptions.Item label="Số hiệu, mục">{task.code ?? 'Không có số hiệu'}</Descriptions.Item>
      <Descriptions.Item label="Tình trạng">
        <Space wrap size={4}>
          <CategoryTag category={task.category} />
          <Typography.Text type="secondary">{STATUS_LABELS[task.status] ?? ''}</Typography.Text>
        </Space>
      </Descriptions.Item>
      {task.source && (
        <Descriptions.Item label="Nguồn" span={wide ? 2 : 1}>
          <Typography.Text strong>Nguồn: {sourceLabel(task.source, plan)}</Typography.Text>
          <blockquote
            aria-label="Trích dẫn văn bản"
            style={{
              margin: '8px 0 0',
              padding: '4px 12px',
              borderInlineStart: '4px solid #91caff',
              whiteSpace: 'pre-wrap',
            }}
          >
            {task.source.quotedText}
          </blockquote>
        </Descriptions.Item>
      )}
      {description && (
        <Descriptions.Item label="Mô tả" span={wide ? 2 : 1}>
          <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>
            {description}
          </Typography.Paragraph>
        </Descriptions.Item>
      )}
      <Descriptions.Item label="Đơn vị chủ trì">{agencyName(task.leadAgencyId)}</Descriptions.Item>
      <Descriptions.Item label="Đơn vị phối hợp">
        {task.coordinatingAgencyIds.length === 0
          ? 'Không có'
          : task.coordinatingAgencyIds.map((id) => <Tag key={id}>{agencyName(id)}</Tag>)}
      </Descriptions.Item>
      <Descriptions.Item label="Ngày giao">{formatDate(task.assignedOn)}</Descriptions.Item>
      {task.recurrence
        ? recurrenceRows(task, wide)
        : [
            <Descriptions.Item key="original-due" label="Hạn ban đầu">
              {formatDate(task.originalDueDate)}
              {givenAs && <Typography.Text type="secondary"> ({givenAs})</Typography.Text>}
              {task.dueDateIsPeriodEnd && (
                <Typography.Text type="secondary">
                  {' '}
                  (văn bản không nêu hạn; lấy ngày cuối kỳ kế hoạch)
                </Typography.Text>
              )}
            </Descriptions.Item>,
            <Descriptions.Item key="due" label="Hạn hiện tại">
              <Typography.Text strong>{formatDate(task.dueDate)}</Typography.Text>
              {task.extensionCount > 0 && (
                <Typography.Text type="secondary"> (đã gia hạn {task.extensionCount} lần)</Typography.Text>
              )}
            </Descriptions.Item>,
            ...(task.deadlineHistory.length > 0
              ? [
                  <Descriptions.Item key="deadline-history" label="Điều chỉnh thời hạn" span={wide ? 2 : 1}>
                    <DeadlineHistory task={task} />
                  </Descriptions.Item>,
                ]
              : []),
          ]}
      <Descriptions.Item label="Tiến độ">
        {task.lastPercentComplete === null ? (
          'Chưa báo cáo'
        ) : (
          <Progress
            percent={task.lastPercentComplete}
            size="small"
            style={{ maxWidth: 200 }}
            aria-label={`Tiến độ đã báo cáo: ${task.lastPercentComplete}%`}
          />
        )}
      </Descriptions.Item>
      {task.completedOn && (
        <Descriptions.Item label="Ngày hoàn thành">{formatDate(task.completedOn)}</Descriptions.Item>
      )}
      {task.escalationLevel && (
        <Descriptions.Item label="Đôn đốc">
          <Tag color="red">{ESCALATION_LABELS[task.escalationLevel] ?? 'Đã chuyển cấp trên'}</Tag>
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
