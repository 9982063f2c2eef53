import { Col, Form, Input, Row } from 'antd';
import { optionalText } from '../pending/task-commands';

/** The signer of a document (name and title, both or neither). */
export function SignerFields({ titleExample }: { titleExample: string }) {
  return (
    <Row gutter={12}>
      <Col xs={24} sm={12}>
        <Form.Item name="signerName" label="Người ký" rules={[{ max: 200, message: 'Không quá 200 ký tự' }]}>
          <Input placeholder="Họ và tên" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item
          name="signerTitle"
          label="Chức vụ người ký"
          dependencies={['signerName']}
          rules={[
            { max: 200, message: 'Không quá 200 ký tự' },
            ({ getFieldValue }) => ({
              validator: (_, value?: string) =>
                !optionalText(getFieldValue('signerName')) || optionalText(value)
                  ? Promise.resolve()
                  : Promise.reject(new Error('Vui lòng nhập chức vụ của người ký')),
            }),
          ]}
        >
          <Input placeholder={`Ví dụ: ${titleExample}`} />
        </Form.Item>
      </Col>
    </Row>
  );
}
