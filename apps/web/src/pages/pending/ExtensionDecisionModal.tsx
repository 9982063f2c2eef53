import { DatePicker, Descriptions, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import type { PendingTask } from '../../api/standing-office-views';
import { dayjs, formatDate, toLocalDate } from '../../labels/dates';
import { outsideDeadlineBounds } from '../../labels/deadline-bounds';
import { DecisionModal } from './DecisionModal';
import { optionalText, REASON_RULES, taskDecisions } from './task-commands';

interface GrantValues {
  newDueDate?: Dayjs;
  note?: string;
}
interface RejectValues {
  reason: string;
}

/** "Đồng ý gia hạn" (the date asked for, or another later one) or "Từ chối" (with a reason). */
export function ExtensionDecisionModal({
  decision,
  task,
  onClose,
}: {
  decision: 'grant' | 'reject';
  task: PendingTask;
  onClose: (done: boolean) => void;
}) {
  const request = task.pendingExtension!;
  const facts = (
    <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
      <Descriptions.Item label="Nhiệm vụ">{task.title}</Descriptions.Item>
      <Descriptions.Item label="Thời hạn hiện tại">{formatDate(task.dueDate)}</Descriptions.Item>
      <Descriptions.Item label="Đề nghị gia hạn đến">
        {formatDate(request.requestedDueDate)}
      </Descriptions.Item>
      <Descriptions.Item label="Lý do đề nghị">{request.reason ?? '—'}</Descriptions.Item>
    </Descriptions>
  );

  if (decision === 'grant') {
    return (
      <DecisionModal<GrantValues>
        title="Đồng ý gia hạn"
        okText="Đồng ý gia hạn"
        success="Đã đồng ý gia hạn"
        onClose={onClose}
        onSubmit={(values) =>
          taskDecisions.grant(task.taskId, request.requestId, {
            expectedVersion: task.version,
            newDueDate: values.newDueDate ? toLocalDate(values.newDueDate) : undefined,
            note: optionalText(values.note),
          })
        }
      >
        {facts}
        <Form.Item
          name="newDueDate"
          label="Thời hạn mới (để trống: theo ngày đề nghị)"
          rules={[
            {
              validator: (_, value: Dayjs | undefined) =>
                !value || !task.dueDate || value.isAfter(dayjs(task.dueDate), 'day')
                  ? Promise.resolve()
                  : Promise.reject(new Error('Thời hạn mới phải sau thời hạn hiện tại')),
            },
          ]}
        >
          <DatePicker
            format="DD/MM/YYYY"
            placeholder="Chọn ngày"
            style={{ width: 200 }}
            disabledDate={outsideDeadlineBounds({})}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label="Ghi chú"
          rules={[{ max: 4000, message: 'Ghi chú không quá 4.000 ký tự' }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </DecisionModal>
    );
  }
  return (
    <DecisionModal<RejectValues>
      title="Từ chối đề nghị gia hạn"
      okText="Từ chối"
      danger
      success="Đã từ chối đề nghị gia hạn"
      onClose={onClose}
      onSubmit={(values) =>
        taskDecisions.reject(task.taskId, request.requestId, {
          expectedVersion: task.version,
          reason: values.reason.trim(),
        })
      }
    >
      {facts}
      <Form.Item name="reason" label="Lý do từ chối" rules={REASON_RULES}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </DecisionModal>
  );
}
