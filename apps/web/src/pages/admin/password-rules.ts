import type { FormInstance, FormRule } from 'antd';

/** The API's password policy, said before sending: at least 10 characters, not the username. */
export function passwordRules(usernameOf: () => string | undefined): FormRule[] {
  return [
    { required: true, message: 'Vui lòng nhập mật khẩu' },
    { min: 10, message: 'Mật khẩu phải có ít nhất 10 ký tự' },
    {
      validator: (_, value: string | undefined) =>
        value && usernameOf() && value.trim().toLowerCase() === usernameOf()?.trim().toLowerCase()
          ? Promise.reject(new Error('Mật khẩu phải khác tên đăng nhập'))
          : Promise.resolve(),
    },
  ];
}

/** The second typing of a new password must match the first. */
export function repeatRules(form: FormInstance, field: string): FormRule[] {
  return [
    { required: true, message: 'Vui lòng nhập lại mật khẩu' },
    {
      validator: (_, value: string | undefined) =>
        !value || value === form.getFieldValue(field)
          ? Promise.resolve()
          : Promise.reject(new Error('Hai lần nhập mật khẩu không khớp')),
    },
  ];
}

export const PASSWORD_HINT = 'Ít nhất 10 ký tự, khác tên đăng nhập.';
