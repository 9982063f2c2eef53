import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Breadcrumb, Button, Card, Grid, Result, Space, Spin, Typography } from 'antd';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/problem';
import { useUser } from '../../session/use-session';
import { formatDate } from '../../labels/dates';
import { TASK_ACTIONS, type TaskAction } from './task-actions';
import { ActionModal } from './ActionModal';
import { TaskFacts } from './TaskFacts';
import { TaskTimeline } from './TaskTimeline';
import { TaskDiscussion } from './TaskDiscussion';
import { EvidenceList, evidenceOf } from './EvidenceList';
import { CoordinatingAgencies } from './CoordinatingAgencies';
import { useTask, useTaskTimeline, useTaskHistory } from './use-task';
import { TaskAsOfBanner } from './TaskAsOfBanner';
import { useAsOf } from '../../components/AsOfControl';
import { taskPath } from '../../components/TaskLink';

/** One task: where it comes from, its deadlines, its history, and what the person may do; or as it stood on a past day (?asOf=). */
export function TaskDetailPage() {
  const { taskId = '' } = useParams();
  const user = useUser();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const wide = Grid.useBreakpoint().md ?? true;
  // A past day in the address: the task as it stood at its end, with nothing to do to it.
  const asOf = useAsOf();
  const task = useTask(taskId, asOf);
  const history = useTaskHistory(taskId, asOf);
  const timeline = useTaskTimeline(taskId, asOf);
  const listPath = asOf ? `/viec-cua-don-vi?asOf=${asOf}` : '/viec-cua-don-vi';
  const [action, setAction] = useState<TaskAction | null>(null);

  if (task.isLoading) return <Spin tip="Đang tải…" />;
  if (task.error) {
    const status = task.error instanceof ApiError ? task.error.status : 0;
    return (
      <Result
        status={status === 403 ? '403' : status === 404 ? '404' : 'error'}
        title={
          status === 403
            ? 'Không có quyền xem nhiệm vụ này'
            : status === 404
              ? asOf
                ? `Nhiệm vụ chưa được giao vào cuối ngày ${formatDate(asOf)}`
                : 'Không tìm thấy nhiệm vụ'
              : 'Không tải được nhiệm vụ'
        }
        subTitle={status === 404 && asOf ? undefined : task.error.message}
        extra={
          <Space wrap>
            <Link to={listPath}>Về danh sách nhiệm vụ</Link>
            {asOf && status === 404 && <Link to={taskPath(taskId)}>Xem nhiệm vụ hiện tại</Link>}
          </Space>
        }
      />
    );
  }
  const detail = task.data!;
  const actions = asOf ? [] : TASK_ACTIONS.filter((candidate) => candidate.availableTo(detail, user));
  // Every file any report of the task carried, in the order they were sent.
  const files = (history.data?.events ?? []).flatMap((event) => evidenceOf(event.data));

  async function perform(chosen: TaskAction, body: Record<string, unknown>) {
    await unwrap(
      // The route is one of the task's command routes; the body was built by its form.
      api.POST(`/tasks/{taskId}/${chosen.route(detail)}` as '/tasks/{taskId}/acknowledge', {
        params: { path: { taskId } },
        body: body as never,
      }),
    );
    setAction(null);
    message.success(chosen.success);
    await queryClient.invalidateQueries();
  }

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Breadcrumb
        items={[{ title: <Link to={listPath}>Nhiệm vụ</Link> }, { title: detail.code ?? 'Chi tiết' }]}
      />
      {asOf && <TaskAsOfBanner taskId={taskId} asOf={asOf} />}
      <Typography.Title level={2} style={{ margin: 0, fontSize: wide ? 22 : 18 }}>
        {detail.code ? `${detail.code}. ` : ''}
        {detail.title}
      </Typography.Title>
      {detail.pendingExtension && (
        <Alert
          type="warning"
          showIcon
          message={`Đang chờ xem xét đề nghị gia hạn đến ngày ${formatDate(detail.pendingExtension.requestedDueDate)}`}
        />
      )}
      {actions.length > 0 && (
        <Space wrap>
          {actions.map((candidate) => (
            <Button
              key={candidate.key}
              type={candidate.primary ? 'primary' : 'default'}
              danger={candidate.danger}
              onClick={() => setAction(candidate)}
            >
              {candidate.label}
            </Button>
          ))}
        </Space>
      )}
      <Card title="Thông tin nhiệm vụ" size="small">
        <TaskFacts task={detail} events={history.data?.events ?? []} wide={wide} />
      </Card>
      {files.length > 0 && (
        <Card title={`Tệp đính kèm báo cáo (${files.length})`} size="small">
          <EvidenceList taskId={taskId} files={files} />
        </Card>
      )}
      <Card title="Ý kiến chỉ đạo / Trao đổi" size="small">
        {timeline.isLoading ? (
          <Spin />
        ) : (
          <TaskDiscussion
            task={detail}
            entries={timeline.data?.items ?? []}
            who={user}
            readOnly={asOf !== undefined}
          />
        )}
      </Card>
      <Card title="Đơn vị phối hợp" size="small">
        <CoordinatingAgencies task={detail} />
      </Card>
      <Card title="Quá trình thực hiện" size="small">
        {timeline.isLoading ? (
          <Spin />
        ) : (
          <TaskTimeline taskId={taskId} entries={timeline.data?.items ?? []} />
        )}
      </Card>
      {action && (
        <ActionModal
          action={action}
          task={detail}
          agencyId={user.agencyId}
          onSubmit={(body) => perform(action, body)}
          onClose={() => setAction(null)}
        />
      )}
    </Space>
  );
}
