import { Select, type SelectProps } from 'antd';

/**
 * A Select inside a Form.Item. The Form.Item hands `aria-required`/`aria-invalid` to its
 * control, and antd's Select puts them on its outer div, where they are not allowed (axe:
 * aria-allowed-attr); the label's mark and the error message (aria-describedby) still say both.
 */
export function FormSelect<Value = string>({
  'aria-required': _required,
  'aria-invalid': _invalid,
  ...props
}: SelectProps<Value> & { 'aria-required'?: unknown; 'aria-invalid'?: unknown }) {
  return <Select<Value> {...props} />;
}
