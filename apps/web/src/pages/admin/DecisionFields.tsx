import { DatePicker, Form, Input } from 'antd';

/** When a change of the directory takes effect, and the decision that made it. */
export function DecisionFields({ decisionRequired = false }: { decisionRequired?: boolean }) {
  return (
    <>
      <Form.Item
        name="effectiveOn"
        label="Ngày có hiệu lực"
        rules={[{ required: true, message: 'Vui lòng chọn ngày có hiệu lực' }]}
      >
        <DatePicker format="DD/MM/YYYY" placeholder="Chọn ngày" style={{ width: 200 }} />
      </Form.Item>
      <Form.Item
        name="decisionRef"
        label="Số, ký hiệu văn bản quyết định"
        rules={[
          { required: decisionRequired, whitespace: true, message: 'Vui lòng nhập số, ký hiệu văn bản' },
          { max: 100, message: 'Số, ký hiệu văn bản không quá 100 ký tự' },
        ]}
      >
        <Input placeholder="Ví dụ: 1675/NQ-UBTVQH15" />
      </Form.Item>
    </>
  );
}
