import { Form, Input } from 'antd';

/** Why: required, kept in the record of the change. */
export function ReasonField({ placeholder }: { placeholder: string }) {
  return (
    <Form.Item
      name="reason"
      label="Lý do"
      rules={[
        { required: true, whitespace: true, message: 'Vui lòng nêu lý do' },
        { max: 1000, message: 'Lý do không quá 1.000 ký tự' },
      ]}
    >
      <Input.TextArea rows={3} placeholder={placeholder} />
    </Form.Item>
  );
}
