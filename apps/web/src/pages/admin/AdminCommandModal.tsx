import { useState, type ReactNode } from 'react';
import { Alert, App, Form, Modal, Spin, type FormInstance } from 'antd';
import { useRefreshAdminData } from './use-admin-data';

/** What the person is asked before a command that cannot be undone from this screen. */
export interface Confirmation {
  readonly title: string;
  readonly content: ReactNode;
  readonly okText: string;
}

/**
 * The form of one administrator command: validates, asks for confirmation when needed,
 * sends, shows the API's Vietnamese refusal in the form, and refreshes the lists on success.
 */
export function AdminCommandModal<Values extends object>({
  title,
  okText = 'Xác nhận',
  danger,
  success,
  form: givenForm,
  initialValues,
  loading,
  loadError,
  confirmation,
  run,
  onInvalid,
  onClose,
  children,
}: {
  title: string;
  okText?: string;
  danger?: boolean;
  success: string;
  form?: FormInstance<Values>;
  initialValues?: Partial<Values>;
  /** While the version to send is being read. */
  loading?: boolean;
  loadError?: Error | null;
  confirmation?: (values: Values) => Confirmation | undefined;
  run: (values: Values) => Promise<unknown>;
  /** The fields that failed validation, e.g. to open the part of the form they are in. */
  onInvalid?: (fieldNames: string[]) => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const [ownForm] = Form.useForm<Values>();
  const form = givenForm ?? ownForm;
  const { message, modal } = App.useApp();
  const refresh = useRefreshAdminData();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(values: Values) {
    setBusy(true);
    setError(null);
    try {
      await run(values);
      await refresh();
      void message.success(success);
      onClose();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'Không thực hiện được, vui lòng thử lại.');
    } finally {
      setBusy(false);
    }
  }

  async function submit() {
    const values = await form
      .validateFields()
      .catch((invalid: { errorFields?: Array<{ name: Array<string | number> }> }) => {
        onInvalid?.((invalid.errorFields ?? []).map((field) => String(field.name[0])));
        return null;
      });
    if (!values) return;
    const asked = confirmation?.(values);
    if (!asked) return send(values);
    modal.confirm({
      title: asked.title,
      content: asked.content,
      okText: asked.okText,
      cancelText: 'Quay lại',
      okButtonProps: { danger: true },
      onOk: () => send(values),
    });
  }

  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText="Hủy bỏ"
      onOk={submit}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ danger, disabled: loading || Boolean(loadError) }}
      destroyOnClose
      maskClosable={false}
    >
      {(error ?? loadError) && (
        <Alert
          type="error"
          showIcon
          message={error ?? loadError?.message}
          style={{ marginBottom: 12 }}
          role="alert"
        />
      )}
      <Spin spinning={Boolean(loading)} tip="Đang tải…">
        <Form<Values>
          form={form}
          layout="vertical"
          requiredMark="optional"
          initialValues={initialValues}
          onFinish={submit}
        >
          {children}
        </Form>
      </Spin>
    </Modal>
  );
}
