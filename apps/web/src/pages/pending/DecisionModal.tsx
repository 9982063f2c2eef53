import { useState, type ReactNode } from 'react';
import { Alert, App, Form, Modal, type FormInstance } from 'antd';
import type { FormFieldError } from '../../api/field-errors';

/**
 * A small form in a dialog for one decision (grant, reject, accept, return, escalate):
 * validates in Vietnamese, shows the API's refusal (a 409 when someone else changed the task
 * meanwhile) inside the dialog, and a toast once it is recorded.
 */
export function DecisionModal<Values extends object>({
  title,
  okText,
  danger,
  success,
  onSubmit,
  onClose,
  children,
  initialValues,
  width,
  placeErrors,
}: {
  title: string;
  okText: string;
  danger?: boolean;
  success: string;
  onSubmit: (values: Values) => Promise<unknown>;
  onClose: (done: boolean) => void;
  children: ReactNode | ((form: FormInstance<Values>) => ReactNode);
  initialValues?: Partial<Values>;
  width?: number;
  /** Puts the API's refusal on the fields it is about; what fits no field is still said above the form. */
  placeErrors?: (failure: unknown, values: Values) => { fields: FormFieldError[]; complete: boolean };
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    setError(null);
    try {
      await onSubmit(values);
      message.success(success);
      onClose(true);
    } catch (failure) {
      const placed = placeErrors?.(failure, values);
      if (placed?.fields.length) form.setFields(placed.fields as Parameters<typeof form.setFields>[0]);
      if (placed?.complete) return;
      setError(failure instanceof Error ? failure.message : 'Không thực hiện được, vui lòng thử lại');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText="Hủy bỏ"
      onOk={submit}
      onCancel={() => onClose(false)}
      confirmLoading={busy}
      okButtonProps={{ danger }}
      destroyOnClose
      width={width}
    >
      {error && <Alert type="error" showIcon message={error} role="alert" style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" requiredMark="optional" initialValues={initialValues}>
        {typeof children === 'function' ? children(form) : children}
      </Form>
    </Modal>
  );
}
