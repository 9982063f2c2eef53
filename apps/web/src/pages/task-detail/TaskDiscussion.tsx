import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Empty, Form, Input, List, Space, Tag, Typography } from 'antd';
import { api, unwrap } from '../../api/client';
import type { AuditEntry, TaskDetail } from '../../api/views';
import { formatDateTime } from '../../labels/dates';
import { roleLabel, type Role } from '../../labels/identity-labels';

const DISCUSSION_TYPES = ['TaskDirectionGiven', 'TaskCommented'];
const MAX_TEXT = 5000;

const steers = (role: Role) => role === 'standing_office' || role === 'leadership';

/** Who may comment: those who steer the work, and the agencies doing it (as the API decides). */
function mayComment(task: TaskDetail, who: { role: Role; agencyId: string }): boolean {
  if (steers(who.role)) return true;
  const agencyRole = who.role === 'officer' || who.role === 'agency_head';
  return (
    agencyRole && (task.leadAgencyId === who.agencyId || task.coordinatingAgencyIds.includes(who.agencyId))
  );
}

/**
 * "Ý kiến chỉ đạo / Trao đổi": the directions of the standing office and leadership and the
 * remarks of everyone taking part, oldest first, each with its author; and the form for
 * those who may write, while the task is open (and shown as it is now).
 */
export function TaskDiscussion({
  task,
  entries,
  who,
  readOnly = false,
}: {
  task: TaskDetail;
  entries: readonly AuditEntry[];
  who: { role: Role; agencyId: string };
  /** The task as of a past day: what was said then, and no form (nothing can be added to the past). */
  readOnly?: boolean;
}) {
  const [form] = Form.useForm<{ text: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const discussion = entries.filter((entry) => DISCUSSION_TYPES.includes(entry.type));
  const open = !readOnly && task.status !== 'accepted' && task.status !== 'cancelled';
  const canDirect = open && steers(who.role);
  const canComment = open && mayComment(task, who);

  async function send(kind: 'directions' | 'comments') {
    const { text } = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        api.POST(`/tasks/{taskId}/${kind}` as '/tasks/{taskId}/comments', {
          params: { path: { taskId: task.taskId } },
          body: { text: text.trim() },
        }),
      );
      form.resetFields();
      message.success(kind === 'directions' ? 'Đã gửi ý kiến chỉ đạo' : 'Đã gửi trao đổi');
      await queryClient.invalidateQueries({ queryKey: ['task', task.taskId] });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'Không gửi được');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      {discussion.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có ý kiến chỉ đạo hay trao đổi nào." />
      ) : (
        <List
          dataSource={discussion}
          renderItem={(entry) => (
            <List.Item>
              <div style={{ width: '100%' }}>
                <Space wrap size={8}>
                  <Tag color={entry.type === 'TaskDirectionGiven' ? 'warning' : 'processing'}>
                    {entry.type === 'TaskDirectionGiven' ? 'Ý kiến chỉ đạo' : 'Trao đổi'}
                  </Tag>
                  <Typography.Text strong>
                    {entry.actor.displayName ?? (entry.actor.role ? roleLabel(entry.actor.role) : 'Không rõ')}
                  </Typography.Text>
                  {entry.actor.agencyName && (
                    <Typography.Text type="secondary">{entry.actor.agencyName}</Typography.Text>
                  )}
                  <Typography.Text type="secondary">
                    {formatDateTime(entry.occurredAt ?? entry.recordedAt)}
                  </Typography.Text>
                </Space>
                <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
                  {String((entry.data as { text?: unknown }).text ?? '')}
                </Typography.Paragraph>
              </div>
            </List.Item>
          )}
        />
      )}
      {(canDirect || canComment) && (
        <Form form={form} layout="vertical" requiredMark={false}>
          {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 12 }} />}
          <Form.Item
            name="text"
            label={canDirect ? 'Nội dung ý kiến chỉ đạo hoặc trao đổi' : 'Nội dung trao đổi'}
            rules={[
              { required: true, whitespace: true, message: 'Vui lòng nhập nội dung' },
              { max: MAX_TEXT, message: 'Nội dung không quá 5.000 ký tự' },
            ]}
          >
            <Input.TextArea
              rows={3}
              placeholder="Ví dụ: Đề nghị đơn vị hoàn thành và báo cáo trước ngày 30/9"
            />
          </Form.Item>
          <Space wrap>
            {canDirect && (
              <Button type="primary" loading={busy} onClick={() => send('directions')}>
                Gửi ý kiến chỉ đạo
              </Button>
            )}
            {canComment && (
              <Button loading={busy} onClick={() => send('comments')}>
                Gửi trao đổi
              </Button>
            )}
          </Space>
        </Form>
      )}
    </Space>
  );
}
