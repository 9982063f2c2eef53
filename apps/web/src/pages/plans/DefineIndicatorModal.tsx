import { useQueryClient } from '@tanstack/react-query';
import { Button, Col, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { IndicatorDirection, PlanDetail } from '../../api/standing-office-views';
import { DecisionModal } from '../pending/DecisionModal';
import { optionalText } from '../pending/task-commands';
import { AgencySelect } from '../../components/AgencySelect';
import { planCommands } from './plan-commands';
import { DIRECTION_LABELS } from './plan-words';

interface IndicatorValues {
  name: string;
  code?: string;
  group?: string;
  unit: string;
  direction: IndicatorDirection;
  targets?: { year: number; value: number }[];
  responsibleAgencyId: string;
}

/** "Thêm chỉ tiêu": a KPI of the plan with its target for each year. */
export function DefineIndicatorModal({ plan, onClose }: { plan: PlanDetail; onClose: () => void }) {
  const queryClient = useQueryClient();
  const firstYear = Number(plan.period.from.slice(0, 4));
  const lastYear = Number(plan.period.to.slice(0, 4));
  return (
    <DecisionModal<IndicatorValues>
      title="Thêm chỉ tiêu"
      okText="Thêm chỉ tiêu"
      success="Đã thêm chỉ tiêu"
      width={680}
      initialValues={{ direction: 'at_least', targets: [{ year: lastYear, value: undefined as never }] }}
      onSubmit={(values) =>
        planCommands.defineIndicator(plan.planId, {
          name: values.name.trim(),
          code: optionalText(values.code),
          group: optionalText(values.group),
          unit: values.unit.trim(),
          direction: values.direction,
          targets: values.targets ?? [],
          responsibleAgencyId: values.responsibleAgencyId,
        })
      }
      onClose={(done) => {
        onClose();
        if (done) void queryClient.invalidateQueries({ queryKey: ['plan', plan.planId] });
      }}
    >
      <Form.Item
        name="name"
        label="Tên chỉ tiêu"
        rules={[
          { required: true, whitespace: true, message: 'Vui lòng nhập tên chỉ tiêu' },
          { max: 1000, message: 'Không quá 1.000 ký tự' },
        ]}
      >
        <Input.TextArea rows={2} placeholder="Ví dụ: Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={12} sm={6}>
          <Form.Item name="code" label="Mã" rules={[{ max: 50, message: 'Không quá 50 ký tự' }]}>
            <Input placeholder="Ví dụ: CQS-2" />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6}>
          <Form.Item
            name="unit"
            label="Đơn vị tính"
            rules={[
              { required: true, whitespace: true, message: 'Vui lòng nhập đơn vị tính' },
              { max: 50, message: 'Không quá 50 ký tự' },
            ]}
          >
            <Input placeholder="Ví dụ: %" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="group"
            label="Nhóm chỉ tiêu"
            rules={[{ max: 200, message: 'Không quá 200 ký tự' }]}
          >
            <Input placeholder="Ví dụ: Chính quyền số" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={10}>
          <Form.Item
            name="direction"
            label="Cách đánh giá"
            rules={[{ required: true, message: 'Vui lòng chọn cách đánh giá' }]}
          >
            <Select
              options={(Object.keys(DIRECTION_LABELS) as IndicatorDirection[]).map((direction) => ({
                value: direction,
                label: DIRECTION_LABELS[direction],
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={14}>
          <Form.Item
            name="responsibleAgencyId"
            label="Cơ quan chịu trách nhiệm"
            rules={[{ required: true, message: 'Vui lòng chọn cơ quan chịu trách nhiệm' }]}
          >
            <AgencySelect />
          </Form.Item>
        </Col>
      </Row>
      <Form.List name="targets">
        {(fields, { add, remove }) => (
          <Form.Item label="Chỉ tiêu theo năm">
            <Space direction="vertical" style={{ width: '100%' }}>
              {fields.map((field, index) => (
                <Space key={field.key} align="start" wrap>
                  <Form.Item
                    name={[field.name, 'year']}
                    rules={[{ required: true, message: 'Vui lòng nhập năm' }]}
                    style={{ marginBottom: 0 }}
                  >
                    <InputNumber
                      aria-label={`Năm của chỉ tiêu thứ ${index + 1}`}
                      placeholder="Năm"
                      min={Math.min(firstYear, 2000)}
                      max={2100}
                      precision={0}
                      style={{ width: 110 }}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'value']}
                    rules={[{ required: true, message: 'Vui lòng nhập giá trị' }]}
                    style={{ marginBottom: 0 }}
                  >
                    <InputNumber
                      aria-label={`Giá trị chỉ tiêu thứ ${index + 1}`}
                      placeholder="Giá trị"
                      decimalSeparator=","
                      style={{ width: 140 }}
                    />
                  </Form.Item>
                  <Button
                    aria-label={`Bỏ chỉ tiêu năm thứ ${index + 1}`}
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                  />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add()}>
                Thêm năm
              </Button>
            </Space>
          </Form.Item>
        )}
      </Form.List>
    </DecisionModal>
  );
}
