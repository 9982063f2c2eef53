import { useState } from 'react';
import { Alert, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { TaskDetail } from '../../api/views';
import { dayjs, toLocalDate } from '../../labels/dates';
import { outsideDeadlineBounds } from '../../labels/deadline-bounds';
import { useAgencies } from '../../hooks/use-agencies';
import type { ActionField, TaskAction } from './task-actions';
import { EvidencePicker, isEvidenceValue } from './EvidencePicker';

/** The form of one action; submits with the version the person saw. */
export function ActionModal({
  action,
  task,
  agencyId,
  onSubmit,
  onClose,
}: {
  action: TaskAction;
  task: TaskDetail;
  agencyId: string;
  onSubmit: (body: Record<string, unknown>) => Promise<void>;
  onClose: () => void;
}) {
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Once per form: a client-chosen id (a contribution's) stays the same when the person sends again.
  const [fixedBody] = useState(() => action.fixedBody?.(task));
  const agencies = useAgencies();
  const units = (agencies.data ?? [])
    .filter((agency) => agency.active && agency.parentAgencyId === agencyId)
    .map((agency) => ({ value: agency.agencyId, label: agency.name }));

  async function submit() {
    const values = (await form.validateFields()) as Record<string, unknown>;
    const body: Record<string, unknown> = { expectedVersion: task.version, ...fixedBody };
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined || value === null || value === '') continue;
      if (isEvidenceValue(value)) {
        if (value.evidenceIds.length > 0) body[name] = value.evidenceIds;
        continue;
      }
      body[name] = dayjs.isDayjs(value)
        ? toLocalDate(value as Dayjs)
        : typeof value === 'string'
          ? value.trim()
          : value;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit(body);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'Không thực hiện được');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={action.title}
      okText="Xác nhận"
      cancelText="Hủy bỏ"
      onOk={submit}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ danger: action.danger }}
      destroyOnClose
    >
      {action.describe && (
        <Alert type="info" showIcon message={action.describe(task)} style={{ marginBottom: 12 }} />
      )}
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} role="alert" />}
      <Form form={form} layout="vertical" requiredMark="optional">
        {action.fields.map((field) => (
          <Form.Item key={field.name} name={field.name} label={field.label} rules={fieldRules(field, task)}>
            {fieldInput(field, units, task)}
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}

function fieldRules(field: ActionField, task: TaskDetail) {
  const rules: object[] = [];
  if (field.required) {
    const text = field.kind === 'textarea' || field.kind === 'text';
    // Only text gets `whitespace`: any key besides required and message makes async-validator
    // check the value as a string, and a picked date (a dayjs object) would then be refused.
    rules.push(
      text
        ? { required: true, whitespace: true, message: field.requiredMessage }
        : { required: true, message: field.requiredMessage },
    );
  }
  if (field.kind === 'textarea' || field.kind === 'text') {
    rules.push({ max: 4000, message: 'Nội dung không quá 4.000 ký tự' });
  }
  if (field.kind === 'evidence') {
    rules.push({
      validator: (_: unknown, value: unknown) =>
        isEvidenceValue(value) && value.uploading > 0
          ? Promise.reject(new Error('Vui lòng chờ tải tệp lên xong'))
          : Promise.resolve(),
    });
  }
  if (field.name === 'requestedDueDate' && task.dueDate) {
    rules.push({
      validator: (_: unknown, value: Dayjs | undefined) =>
        !value || value.isAfter(dayjs(task.dueDate), 'day')
          ? Promise.resolve()
          : Promise.reject(new Error('Ngày đề nghị phải sau thời hạn hiện tại')),
    });
  }
  return rules;
}

/**
 * The input of one field, made here and given to Form.Item as its direct child: Form.Item
 * hands value and onChange to that child, and a wrapper component in between would have
 * to pass them on by hand.
 */
function fieldInput(field: ActionField, units: { value: string; label: string }[], task: TaskDetail) {
  switch (field.kind) {
    case 'textarea':
      return <Input.TextArea rows={4} placeholder={field.placeholder} />;
    case 'text':
      return <Input placeholder={field.placeholder} />;
    case 'percent':
      return <InputNumber min={0} max={100} precision={0} addonAfter="%" style={{ width: 160 }} />;
    case 'date':
      return (
        <DatePicker
          format="DD/MM/YYYY"
          placeholder="Chọn ngày"
          style={{ width: 200 }}
          disabledDate={outsideDeadlineBounds({ planEndsOn: task.planEndsOn })}
        />
      );
    case 'level':
      return (
        <Select
          options={[
            { value: 'standing_office', label: 'Cơ quan thường trực' },
            { value: 'steering_committee', label: 'Ban Chỉ đạo' },
          ]}
          placeholder="Chọn cấp"
        />
      );
    case 'evidence':
      return <EvidencePicker taskId={task.taskId} />;
    case 'unit':
      return (
        <Select
          placeholder="Chọn đơn vị trực thuộc"
          notFoundContent="Đơn vị chưa có đơn vị trực thuộc nào"
          options={units}
        />
      );
  }
}
