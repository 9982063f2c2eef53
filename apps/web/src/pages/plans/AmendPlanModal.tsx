import { useQueryClient } from '@tanstack/react-query';
import { Button, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import type { PlanDetail } from '../../api/standing-office-views';
import { toLocalDate } from '../../labels/dates';
import { DecisionModal } from '../pending/DecisionModal';
import { optionalText } from '../pending/task-commands';
import { planCommands, signerOf } from './plan-commands';
import { SignerFields } from './SignerFields';

interface AmendValues {
  number?: string;
  title: string;
  issuedOn?: Dayjs;
  signerName?: string;
  signerTitle?: string;
  summary: string;
  revisions?: { indicatorId: string; year: number; newValue: number }[];
}

/** "Sửa đổi, bổ sung kế hoạch": the amending document and the targets it revises (old values kept). */
export function AmendPlanModal({ plan, onClose }: { plan: PlanDetail; onClose: () => void }) {
  const queryClient = useQueryClient();
  const indicatorOptions = plan.indicators.map((indicator) => ({
    value: indicator.indicatorId,
    label: `${indicator.name} (${indicator.unit})`,
  }));

  return (
    <DecisionModal<AmendValues>
      title="Sửa đổi, bổ sung kế hoạch"
      okText="Ghi nhận sửa đổi"
      success="Đã ghi nhận văn bản sửa đổi, bổ sung"
      width={760}
      initialValues={{ revisions: [] }}
      onSubmit={(values) => {
        return planCommands.amend(plan.planId, {
          amendingDocument: {
            number: optionalText(values.number) ?? null,
            title: values.title.trim(),
            issuedOn: values.issuedOn ? toLocalDate(values.issuedOn) : null,
            signer: signerOf(values),
          },
          summary: values.summary.trim(),
          targetRevisions: values.revisions ?? [],
        });
      }}
      onClose={(done) => {
        onClose();
        if (done) void queryClient.invalidateQueries();
      }}
    >
      <Row gutter={12}>
        <Col xs={24} sm={10}>
          <Form.Item
            name="number"
            label="Số văn bản sửa đổi"
            rules={[{ max: 50, message: 'Không quá 50 ký tự' }]}
          >
            <Input placeholder="Ví dụ: 160/KH-UBND" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={14}>
          <Form.Item name="issuedOn" label="Ngày ban hành">
            <DatePicker format="DD/MM/YYYY" placeholder="Chọn ngày" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="title"
        label="Tên văn bản sửa đổi"
        rules={[
          { required: true, whitespace: true, message: 'Vui lòng nhập tên văn bản sửa đổi' },
          { max: 1000, message: 'Không quá 1.000 ký tự' },
        ]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
      <SignerFields titleExample="Phó Chủ tịch" />
      <Form.Item
        name="summary"
        label="Nội dung sửa đổi, bổ sung"
        rules={[
          { required: true, whitespace: true, message: 'Vui lòng tóm tắt nội dung sửa đổi, bổ sung' },
          { max: 5000, message: 'Không quá 5.000 ký tự' },
        ]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.List name="revisions">
        {(fields, { add, remove }) => (
          <Form.Item label="Điều chỉnh chỉ tiêu">
            <Space direction="vertical" style={{ width: '100%' }}>
              {fields.map((field, index) => (
                <Space key={field.key} align="start" wrap>
                  <Form.Item
                    name={[field.name, 'indicatorId']}
                    rules={[{ required: true, message: 'Vui lòng chọn chỉ tiêu' }]}
                    style={{ marginBottom: 0 }}
                  >
                    <Select
                      aria-label={`Chỉ tiêu điều chỉnh thứ ${index + 1}`}
                      placeholder="Chọn chỉ tiêu"
                      options={indicatorOptions}
                      showSearch
                      optionFilterProp="label"
                      style={{ width: 300, maxWidth: '70vw' }}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'year']}
                    rules={[{ required: true, message: 'Vui lòng nhập năm' }]}
                    style={{ marginBottom: 0 }}
                  >
                    <InputNumber
                      aria-label={`Năm của điều chỉnh thứ ${index + 1}`}
                      placeholder="Năm"
                      min={2000}
                      max={2100}
                      precision={0}
                      style={{ width: 100 }}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'newValue']}
                    rules={[{ required: true, message: 'Vui lòng nhập giá trị mới' }]}
                    style={{ marginBottom: 0 }}
                  >
                    <InputNumber
                      aria-label={`Giá trị mới của điều chỉnh thứ ${index + 1}`}
                      placeholder="Giá trị mới"
                      decimalSeparator=","
                      style={{ width: 130 }}
                    />
                  </Form.Item>
                  <Button
                    aria-label={`Bỏ điều chỉnh thứ ${index + 1}`}
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                  />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add()} disabled={indicatorOptions.length === 0}>
                Thêm điều chỉnh chỉ tiêu
              </Button>
            </Space>
          </Form.Item>
        )}
      </Form.List>
    </DecisionModal>
  );
}
