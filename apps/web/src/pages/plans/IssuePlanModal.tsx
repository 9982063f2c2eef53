import { useRef } from 'react';
import { useNavigate } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { Col, DatePicker, Form, Input, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { useUser } from '../../session/use-session';
import { placeFieldErrors } from '../../api/field-errors';
import { DecisionModal } from '../pending/DecisionModal';
import { AgencySelect } from '../../components/AgencySelect';
import { planCommands } from './plan-commands';
import { SignerFields } from './SignerFields';
import { PlanPhaseFields } from './PlanPhaseFields';
import { ISSUE_PLAN_FIELD_PLACEMENT, issuePlanBody, type IssuePlanValues } from './issue-plan-form';

const text = (max: number, required?: string) => [
  ...(required ? [{ required: true, whitespace: true, message: required }] : []),
  { max, message: `Không quá ${max.toLocaleString('vi-VN')} ký tự` },
];

/** "Ban hành kế hoạch": records a plan as its document reads; unknown facts stay empty. */
export function IssuePlanModal({ onClose }: { onClose: () => void }) {
  const user = useUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const issued = useRef<string | null>(null);

  async function issue(values: IssuePlanValues) {
    const written = await planCommands.issue(issuePlanBody(values));
    issued.current = written.streamId.replace(/^plan-/, '');
  }

  return (
    <DecisionModal<IssuePlanValues>
      title="Ban hành kế hoạch"
      okText="Ban hành"
      success="Đã ban hành kế hoạch"
      width={720}
      initialValues={{ issuingAuthority: 'UBND thành phố Huế', standingAgencyId: user.agencyId }}
      onSubmit={issue}
      placeErrors={(failure) => placeFieldErrors(failure, ISSUE_PLAN_FIELD_PLACEMENT)}
      onClose={(done) => {
        onClose();
        if (done) {
          void queryClient.invalidateQueries({ queryKey: ['plans'] });
          if (issued.current) navigate(`/ke-hoach/${encodeURIComponent(issued.current)}`);
        }
      }}
    >
      {(form) => (
        <>
          <Row gutter={12}>
            <Col xs={24} sm={10}>
              <Form.Item
                name="number"
                label="Số kế hoạch"
                rules={text(50)}
                extra="Để trống nếu văn bản chưa có số"
              >
                <Input placeholder="Ví dụ: 495/KH-UBND" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={14}>
              <Form.Item name="issuedOn" label="Ngày ban hành" extra="Để trống nếu văn bản không ghi ngày">
                <DatePicker format="DD/MM/YYYY" placeholder="Chọn ngày" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="title" label="Tên kế hoạch" rules={text(1000, 'Vui lòng nhập tên kế hoạch')}>
            <Input.TextArea rows={2} placeholder="Ví dụ: Chuyển đổi số thành phố Huế năm 2026" />
          </Form.Item>
          <Form.Item
            name="issuingAuthority"
            label="Cơ quan ban hành"
            rules={text(300, 'Vui lòng nhập cơ quan ban hành')}
          >
            <Input />
          </Form.Item>
          <SignerFields titleExample="Chủ tịch" />
          <Row gutter={12}>
            <Col xs={24} sm={12}>
              <Form.Item
                name="from"
                label="Thực hiện từ ngày"
                rules={[{ required: true, message: 'Vui lòng chọn ngày bắt đầu' }]}
              >
                <DatePicker format="DD/MM/YYYY" placeholder="Chọn ngày" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item
                name="to"
                label="Đến ngày"
                dependencies={['from']}
                rules={[
                  { required: true, message: 'Vui lòng chọn ngày kết thúc' },
                  ({ getFieldValue }) => ({
                    validator: (_, value?: Dayjs) => {
                      const from = getFieldValue('from') as Dayjs | undefined;
                      return !value || !from || !value.isBefore(from, 'day')
                        ? Promise.resolve()
                        : Promise.reject(new Error('Ngày kết thúc không được trước ngày bắt đầu'));
                    },
                  }),
                ]}
              >
                <DatePicker format="DD/MM/YYYY" placeholder="Chọn ngày" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <PlanPhaseFields form={form} />
          <Form.Item name="legalBases" label="Căn cứ ban hành (mỗi dòng một văn bản)">
            <Input.TextArea
              rows={3}
              placeholder="Ví dụ: Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị"
            />
          </Form.Item>
          <Form.Item name="standingAgencyId" label="Cơ quan thường trực">
            <AgencySelect allowClear />
          </Form.Item>
          <Form.Item name="summary" label="Tóm tắt" rules={text(5000)}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </>
      )}
    </DecisionModal>
  );
}
