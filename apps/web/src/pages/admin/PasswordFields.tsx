import { Form, Input, type FormInstance } from 'antd';
import { PASSWORD_HINT, passwordRules, repeatRules } from './password-rules';

/** A new password typed twice, checked against the policy before it is sent. */
export function PasswordFields({
  form,
  name,
  label,
  usernameOf,
}: {
  form: FormInstance;
  name: string;
  label: string;
  usernameOf: () => string | undefined;
}) {
  return (
    <>
      <Form.Item name={name} label={label} extra={PASSWORD_HINT} rules={passwordRules(usernameOf)}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name={`${name}Repeated`}
        label="Nhập lại mật khẩu"
        dependencies={[name]}
        rules={repeatRules(form, name)}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
