import { useRef } from 'react';
import { useNavigate } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { Checkbox, Col, DatePicker, Form, Input, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import type { PlanDetail } from '../../api/standing-office-views';
import { toLocalDate } from '../../labels/dates';
import { DecisionModal } from '../pending/DecisionModal';
import { optionalText } from '../pending/task-commands';
import { AgencySelect } from '../../components/AgencySelect';
import { outsideDeadlineBounds } from '../../labels/deadline-bounds';
import { planCommands } from './plan-commands';

interface AssignValues {
  code?: string;
  title: string;
  description?: string;
  dueDate: Dayjs;
  allCommunes?: boolean;
  backdated?: boolean;
  leadAgencyId?: string;
  coordinatingAgencyIds?: string[];
}

/**
 * "Giao nhiệm vụ": one lead agency, or every active commune at once (one task each, followed
 * as a group on its own screen).
 */
export function AssignTaskModal({ plan, onClose }: { plan: PlanDetail; onClose: () => void }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const assigned = useRef<{ groupId: string | null; taskId?: string; count: number }>({
    groupId: null,
    count: 0,
  });

  async function assign(values: AssignValues) {
    const answer = await planCommands.assignTask(plan.planId, {
      code: optionalText(values.code),
      title: values.title.trim(),
      description: optionalText(values.description),
      dueDate: toLocalDate(values.dueDate),
      ...(values.backdated ? { backdated: true } : {}),
      ...(values.allCommunes ? { allCommunes: true } : { leadAgencyId: values.leadAgencyId }),
      coordinatingAgencyIds: values.coordinatingAgencyIds?.length ? values.coordinatingAgencyIds : undefined,
    });
    assigned.current = {
      groupId: answer.groupId,
      taskId: answer.tasks[0]?.taskId,
      count: answer.tasks.length,
    };
  }

  return (
    <DecisionModal<AssignValues>
      title="Giao nhiệm vụ"
      okText="Giao nhiệm vụ"
      success="Đã giao nhiệm vụ"
      width={680}
      onSubmit={assign}
      onClose={(done) => {
        onClose();
        if (!done) return;
        const { groupId, taskId, count } = assigned.current;
        // The group's screen reads until it has all of them (the projection may be mid-way).
        if (groupId) navigate(`/nhom/${encodeURIComponent(groupId)}`, { state: { assigned: count } });
        else if (taskId) navigate(`/nhiem-vu/${encodeURIComponent(taskId)}`);
        // After leaving: the plan's counts are read again when it is next opened, once caught up.
        void queryClient.invalidateQueries();
      }}
    >
      {(form) => (
        <>
          <Row gutter={12}>
            <Col xs={24} sm={8}>
              <Form.Item name="code" label="Số hiệu" rules={[{ max: 50, message: 'Không quá 50 ký tự' }]}>
                <Input placeholder="Ví dụ: III.5.2" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={16}>
              {/* The picker greys out past days until the entry is marked as backdated. */}
              <Form.Item noStyle dependencies={['backdated']}>
                {({ getFieldValue }) => (
                  <Form.Item
                    name="dueDate"
                    label="Thời hạn hoàn thành"
                    rules={[{ required: true, message: 'Vui lòng chọn thời hạn hoàn thành' }]}
                  >
                    <DatePicker
                      format="DD/MM/YYYY"
                      placeholder="Chọn ngày"
                      style={{ width: 200 }}
                      disabledDate={outsideDeadlineBounds({
                        planEndsOn: plan.period.to,
                        allowPast: Boolean(getFieldValue('backdated')),
                      })}
                    />
                  </Form.Item>
                )}
              </Form.Item>
              <Form.Item name="backdated" valuePropName="checked" style={{ marginTop: -16, marginBottom: 8 }}>
                <Checkbox>Nhập bù kế hoạch cũ (thời hạn đã qua)</Checkbox>
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="title"
            label="Nội dung nhiệm vụ"
            rules={[
              { required: true, whitespace: true, message: 'Vui lòng nhập nội dung nhiệm vụ' },
              { max: 2000, message: 'Không quá 2.000 ký tự' },
            ]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item
            name="description"
            label="Mô tả, yêu cầu"
            rules={[{ max: 10000, message: 'Không quá 10.000 ký tự' }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="allCommunes" valuePropName="checked" style={{ marginBottom: 8 }}>
            <Checkbox onChange={() => form.validateFields(['leadAgencyId']).catch(() => undefined)}>
              Giao cho tất cả UBND phường, xã
            </Checkbox>
          </Form.Item>
          <Form.Item noStyle dependencies={['allCommunes']}>
            {({ getFieldValue }) =>
              getFieldValue('allCommunes') ? null : (
                <Form.Item
                  name="leadAgencyId"
                  label="Đơn vị chủ trì"
                  rules={[{ required: true, message: 'Vui lòng chọn đơn vị chủ trì' }]}
                >
                  <AgencySelect />
                </Form.Item>
              )
            }
          </Form.Item>
          <Form.Item name="coordinatingAgencyIds" label="Đơn vị phối hợp">
            <AgencySelect mode="multiple" allowClear placeholder="Chọn các đơn vị phối hợp" />
          </Form.Item>
        </>
      )}
    </DecisionModal>
  );
}
