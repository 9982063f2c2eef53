import { Descriptions, Form, Input } from 'antd';
import type { PendingTask } from '../../api/standing-office-views';
import { formatDate } from '../../labels/dates';
import { DecisionModal } from './DecisionModal';
import { optionalText, REASON_RULES, taskDecisions } from './task-commands';

/** "Nghiệm thu" a completed task, or "Trả lại" it to the agency with a reason. */
export function ReviewDecisionModal({
  decision,
  task,
  agencyName,
  onClose,
}: {
  decision: 'accept' | 'return';
  task: PendingTask;
  agencyName: string;
  onClose: (done: boolean) => void;
}) {
  const facts = (
    <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
      <Descriptions.Item label="Nhiệm vụ">{task.title}</Descriptions.Item>
      <Descriptions.Item label="Đơn vị chủ trì">{agencyName}</Descriptions.Item>
      <Descriptions.Item label="Thời hạn">{formatDate(task.dueDate)}</Descriptions.Item>
      <Descriptions.Item label="Ngày báo cáo hoàn thành">{formatDate(task.completedOn)}</Descriptions.Item>
    </Descriptions>
  );
  if (decision === 'accept') {
    return (
      <DecisionModal<{ comment?: string }>
        title="Nghiệm thu kết quả"
        okText="Nghiệm thu"
        success="Đã nghiệm thu kết quả"
        onClose={onClose}
        onSubmit={(values) =>
          taskDecisions.accept(task.taskId, {
            expectedVersion: task.version,
            comment: optionalText(values.comment),
          })
        }
      >
        {facts}
        <Form.Item
          name="comment"
          label="Nhận xét"
          rules={[{ max: 4000, message: 'Nhận xét không quá 4.000 ký tự' }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </DecisionModal>
    );
  }
  return (
    <DecisionModal<{ reason: string }>
      title="Trả lại, yêu cầu bổ sung"
      okText="Trả lại"
      danger
      success="Đã trả lại nhiệm vụ cho đơn vị"
      onClose={onClose}
      onSubmit={(values) =>
        taskDecisions.return(task.taskId, { expectedVersion: task.version, reason: values.reason.trim() })
      }
    >
      {facts}
      <Form.Item name="reason" label="Lý do trả lại" rules={REASON_RULES}>
        <Input.TextArea rows={3} placeholder="Ví dụ: bổ sung biên bản nghiệm thu" />
      </Form.Item>
    </DecisionModal>
  );
}
