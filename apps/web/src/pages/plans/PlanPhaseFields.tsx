import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Form, Input, Row, Typography } from 'antd';
import type { FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { phaseEndProblem, phaseStartProblem, type PeriodValues, type PhaseValues } from './plan-phases-form';

type Check = typeof phaseStartProblem;

/** A date rule of phase `index`, judged against the whole list and the plan's period as they stand. */
function phaseDateRule(form: FormInstance, index: number, check: Check) {
  return {
    validator: () => {
      const phases = form.getFieldValue('phases') as PhaseValues[] | undefined;
      const period: PeriodValues = { from: form.getFieldValue('from'), to: form.getFieldValue('to') };
      const problem = check(phases, index, period);
      return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
    },
  };
}

/**
 * "Giai đoạn thực hiện": the phases a plan is issued with, in order (tên, từ ngày, đến ngày,
 * trọng tâm), checked as the API checks them: inside the plan's period, in order, not overlapping.
 */
export function PlanPhaseFields({ form }: { form: FormInstance }) {
  return (
    <div role="group" aria-labelledby="plan-phases-heading" style={{ marginBottom: 24 }}>
      <div id="plan-phases-heading" style={{ paddingBottom: 8 }}>
        <Typography.Text>Giai đoạn thực hiện</Typography.Text>{' '}
        <Typography.Text type="secondary">(để trống nếu kế hoạch không chia giai đoạn)</Typography.Text>
      </div>
      <Form.List name="phases">
        {(items, { add, remove }) => (
          <>
            {items.map((item, index) => {
              const number = index + 1;
              // A phase's dates are judged against the plan's period and the phase above it.
              const neighbours = [
                ['from'],
                ['to'],
                ['phases', index - 1, 'from'],
                ['phases', index - 1, 'to'],
              ];
              return (
                <Card
                  key={item.key}
                  size="small"
                  style={{ marginBottom: 12 }}
                  title={<Typography.Text strong>Giai đoạn {number}</Typography.Text>}
                  extra={
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={`Xóa giai đoạn ${number}`}
                      onClick={() => remove(item.name)}
                    >
                      Xóa
                    </Button>
                  }
                >
                  <Form.Item
                    name={[item.name, 'name']}
                    label="Tên giai đoạn"
                    rules={[
                      { required: true, whitespace: true, message: 'Vui lòng nhập tên giai đoạn' },
                      { max: 300, message: 'Không quá 300 ký tự' },
                    ]}
                  >
                    <Input
                      aria-label={`Tên giai đoạn ${number}`}
                      placeholder="Ví dụ: Giai đoạn 2026 – 2028"
                    />
                  </Form.Item>
                  <Row gutter={12}>
                    <Col xs={24} sm={12}>
                      <Form.Item
                        name={[item.name, 'from']}
                        label="Từ ngày"
                        dependencies={neighbours}
                        rules={[
                          { required: true, message: 'Vui lòng chọn ngày bắt đầu giai đoạn' },
                          phaseDateRule(form, index, phaseStartProblem),
                        ]}
                      >
                        <DatePicker
                          aria-label={`Giai đoạn ${number} từ ngày`}
                          format="DD/MM/YYYY"
                          placeholder="Chọn ngày"
                          style={{ width: '100%' }}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={12}>
                      <Form.Item
                        name={[item.name, 'to']}
                        label="Đến ngày"
                        dependencies={[...neighbours, ['phases', index, 'from']]}
                        rules={[
                          { required: true, message: 'Vui lòng chọn ngày kết thúc giai đoạn' },
                          phaseDateRule(form, index, phaseEndProblem),
                        ]}
                      >
                        <DatePicker
                          aria-label={`Giai đoạn ${number} đến ngày`}
                          format="DD/MM/YYYY"
                          placeholder="Chọn ngày"
                          style={{ width: '100%' }}
                        />
                      </Form.Item>
                    </Col>
                  </Row>
                  <Form.Item
                    name={[item.name, 'focus']}
                    label="Trọng tâm"
                    style={{ marginBottom: 0 }}
                    rules={[
                      {
                        required: true,
                        whitespace: true,
                        message: 'Vui lòng nhập nội dung trọng tâm như kế hoạch ghi',
                      },
                      { max: 5000, message: 'Không quá 5.000 ký tự' },
                    ]}
                  >
                    <Input.TextArea aria-label={`Trọng tâm giai đoạn ${number}`} rows={2} />
                  </Form.Item>
                </Card>
              );
            })}
            <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add(nextPhase(form))}>
              Thêm giai đoạn
            </Button>
          </>
        )}
      </Form.List>
    </div>
  );
}

/** A new phase starts the day after the last one ends (or with the plan), the usual case. */
function nextPhase(form: FormInstance): PhaseValues {
  const phases = (form.getFieldValue('phases') as PhaseValues[] | undefined) ?? [];
  const lastEnd = phases[phases.length - 1]?.to;
  const start = lastEnd ? lastEnd.add(1, 'day') : (form.getFieldValue('from') as Dayjs | undefined);
  return { from: start };
}
