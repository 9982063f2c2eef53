import { Descriptions, Form, Input, Select } from 'antd';
import type { OverdueTask } from '../../api/standing-office-views';
import { formatDate } from '../../labels/dates';
import { ESCALATION_LABELS } from '../../labels/task-labels';
import { DecisionModal } from '../pending/DecisionModal';
import { optionalText, taskDecisions } from '../pending/task-commands';
import { levelsAbove, type EscalationLevel } from './escalation-levels';
import { workingDaysLate } from '../../labels/overdue-words';

/** "Chuyển cấp trên": hands an overdue task up for chasing, with a reason. */
export function EscalateModal({ task, onClose }: { task: OverdueTask; onClose: (done: boolean) => void }) {
  const levels = levelsAbove(task.escalationLevel);
  return (
    <DecisionModal<{ level: EscalationLevel; reason?: string }>
      title="Chuyển cấp trên đôn đốc"
      okText="Chuyển cấp trên"
      success="Đã chuyển cấp trên đôn đốc"
      initialValues={{ level: levels[levels.length - 1]?.value }}
      onClose={onClose}
      onSubmit={(values) =>
        taskDecisions.escalate(task.taskId, {
          expectedVersion: task.version,
          level: values.level,
          reason: optionalText(values.reason),
        })
      }
    >
      <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="Nhiệm vụ">{task.title}</Descriptions.Item>
        <Descriptions.Item label="Thời hạn">
          {formatDate(task.dueDate)} (quá hạn {workingDaysLate(task.workingDaysOverdue)})
        </Descriptions.Item>
        <Descriptions.Item label="Hiện tại">
          {task.escalationLevel ? ESCALATION_LABELS[task.escalationLevel] : 'Chưa chuyển cấp trên'}
        </Descriptions.Item>
      </Descriptions>
      <Form.Item name="level" label="Chuyển đến" rules={[{ required: true, message: 'Vui lòng chọn cấp' }]}>
        <Select options={levels.map((level) => ({ ...level }))} placeholder="Chọn cấp" />
      </Form.Item>
      <Form.Item name="reason" label="Lý do" rules={[{ max: 4000, message: 'Lý do không quá 4.000 ký tự' }]}>
        <Input.TextArea rows={3} placeholder="Ví dụ: quá hạn, chưa báo cáo tiến độ" />
      </Form.Item>
    </DecisionModal>
  );
}
