import { useRef } from 'react';
import { useNavigate } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import {
  Checkbox,
  Col,
  Collapse,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Typography,
} from 'antd';
import type { DatePickerProps } from 'antd';
import type { PlanDetail } from '../../api/standing-office-views';
import { placeFieldErrors } from '../../api/field-errors';
import { dayjs, toLocalDate } from '../../labels/dates';
import { dayOffDueDateHelp, workingDayDeadlineHelp } from '../../labels/calendar-words';
import { useCalendarDay, useWorkingDayDeadline } from '../../hooks/use-working-day-calendar';
import { FREQUENCY_WORDS } from '../../labels/recurrence-labels';
import { DecisionModal } from '../pending/DecisionModal';
import { AgencySelect } from '../../components/AgencySelect';
import { outsideDeadlineBounds } from '../../labels/deadline-bounds';
import { planCommands } from './plan-commands';
import {
  assignFieldPlacement,
  assignTaskBody,
  DUE_MONTH_OPTIONS,
  firstReportHelp,
  recurrenceOf,
  type AssignValues,
} from './assign-task-form';

const FREQUENCY_OPTIONS = Object.entries(FREQUENCY_WORDS).map(([value, words]) => ({
  value,
  label: words.charAt(0).toUpperCase() + words.slice(1),
}));

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
    const answer = await planCommands.assignTask(plan.planId, assignTaskBody(values));
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
      placeErrors={(failure, values) => placeFieldErrors(failure, assignFieldPlacement(values))}
      // A recurring report runs, unless changed, to the end of the plan it belongs to.
      initialValues={{
        kind: 'once',
        deadlineBy: 'date',
        sourceDocumentNumber: plan.number ?? undefined,
        dueDayOfMonth: 15,
        dueMonthsAfterPeriodEnd: 1,
        until: dayjs(plan.period.to, 'YYYY-MM-DD'),
      }}
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
          <Form.Item name="kind" label="Hình thức giao" rules={[{ required: true }]}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'once', label: 'Giao một lần' },
                { value: 'periodic', label: 'Báo cáo định kỳ' },
              ]}
            />
          </Form.Item>
          <Row gutter={12}>
            <Col xs={24} sm={8}>
              <Form.Item name="code" label="Số hiệu" rules={[{ max: 50, message: 'Không quá 50 ký tự' }]}>
                <Input placeholder="Ví dụ: III.5.2" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={16}>
              <Form.Item noStyle dependencies={['kind']}>
                {({ getFieldValue }) =>
                  getFieldValue('kind') === 'periodic' ? (
                    <Form.Item
                      name="frequency"
                      label="Tần suất báo cáo"
                      rules={[{ required: true, message: 'Vui lòng chọn tần suất báo cáo' }]}
                    >
                      <Select
                        placeholder="Chọn tần suất"
                        options={FREQUENCY_OPTIONS}
                        style={{ width: 200 }}
                      />
                    </Form.Item>
                  ) : (
                    <OnceDeadline planEndsOn={plan.period.to} />
                  )
                }
              </Form.Item>
            </Col>
          </Row>
          <Form.Item noStyle dependencies={['kind']}>
            {({ getFieldValue }) =>
              getFieldValue('kind') === 'periodic' ? <PeriodicDeadline planEndsOn={plan.period.to} /> : null
            }
          </Form.Item>
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
          <SourceFields />
        </>
      )}
    </DecisionModal>
  );
}

/**
 * The deadline of a task given once: a date (past days greyed out until the entry is marked as
 * backdated; a day off said so, and moved to the next working day when the plan says so), or
 * "trong N ngày làm việc" from today, with the date the calendar gives shown before assigning.
 */
function OnceDeadline({ planEndsOn }: { planEndsOn: string }) {
  return (
    <>
      <Form.Item
        name="deadlineBy"
        label="Cách tính thời hạn"
        rules={[{ required: true }]}
        style={{ marginBottom: 8 }}
      >
        <Radio.Group
          options={[
            { value: 'date', label: 'Theo ngày' },
            { value: 'workingDays', label: 'Số ngày làm việc' },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['deadlineBy']}>
        {({ getFieldValue }) =>
          getFieldValue('deadlineBy') === 'workingDays' ? (
            <WorkingDaysDeadline />
          ) : (
            <DateDeadline planEndsOn={planEndsOn} />
          )
        }
      </Form.Item>
    </>
  );
}

function DateDeadline({ planEndsOn }: { planEndsOn: string }) {
  const form = Form.useFormInstance<AssignValues>();
  const dueDate = Form.useWatch('dueDate', form);
  const rolls = Boolean(Form.useWatch('rollsToNextWorkingDay', form));
  const day = useCalendarDay(dueDate ? toLocalDate(dueDate) : undefined);
  const help = day.data ? dayOffDueDateHelp(day.data, rolls) : null;
  return (
    <>
      <Form.Item noStyle dependencies={['backdated']}>
        {({ getFieldValue }) => (
          <Form.Item
            name="dueDate"
            label="Thời hạn hoàn thành"
            rules={[{ required: true, message: 'Vui lòng chọn thời hạn hoàn thành' }]}
            style={{ marginBottom: 8 }}
          >
            <PlanDatePicker planEndsOn={planEndsOn} allowPast={Boolean(getFieldValue('backdated'))} />
          </Form.Item>
        )}
      </Form.Item>
      {help && (
        <Typography.Paragraph type="warning" role="status" style={{ marginBottom: 4 }}>
          {help}
        </Typography.Paragraph>
      )}
      <Form.Item name="rollsToNextWorkingDay" valuePropName="checked" style={{ marginBottom: 0 }}>
        <Checkbox>Nếu hạn rơi vào ngày nghỉ, chuyển sang ngày làm việc tiếp theo</Checkbox>
      </Form.Item>
      <Form.Item name="backdated" valuePropName="checked" style={{ marginBottom: 8 }}>
        <Checkbox>Nhập bù kế hoạch cũ (thời hạn đã qua)</Checkbox>
      </Form.Item>
    </>
  );
}

function WorkingDaysDeadline() {
  const form = Form.useFormInstance<AssignValues>();
  const workingDays = Form.useWatch('dueInWorkingDays', form);
  const deadline = useWorkingDayDeadline(workingDays ?? undefined);
  return (
    <>
      <Form.Item
        name="dueInWorkingDays"
        label="Số ngày làm việc (tính từ hôm nay)"
        rules={[
          { required: true, message: 'Vui lòng nhập số ngày làm việc' },
          { type: 'integer', min: 1, max: 250, message: 'Số ngày làm việc phải từ 1 đến 250' },
        ]}
        style={{ marginBottom: 8 }}
      >
        <InputNumber min={1} max={250} precision={0} addonAfter="ngày làm việc" style={{ width: 220 }} />
      </Form.Item>
      {deadline.data && (
        <Typography.Paragraph type="secondary" role="status" style={{ marginBottom: 8 }}>
          {workingDayDeadlineHelp(deadline.data)}
        </Typography.Paragraph>
      )}
      {deadline.error && (
        <Typography.Paragraph type="danger" role="status" style={{ marginBottom: 8 }}>
          {deadline.error.message}
        </Typography.Paragraph>
      )}
    </>
  );
}

/** Căn cứ văn bản: where in which document the task comes from, quoted word for word. */
function SourceFields() {
  const form = Form.useFormInstance<AssignValues>();
  // The section and the quoted words go together: one without the other binds nothing.
  const together = (other: 'sourceSection' | 'sourceQuotedText', message: string) => ({
    validator: async (_: unknown, value: string | undefined) => {
      if (!value?.trim() && form.getFieldValue(other)?.trim()) throw new Error(message);
    },
  });
  return (
    <Collapse
      size="small"
      items={[
        {
          key: 'source',
          label: 'Căn cứ văn bản (không bắt buộc)',
          children: (
            <>
              <Row gutter={12}>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name="sourceDocumentNumber"
                    label="Số văn bản"
                    rules={[{ max: 100, message: 'Không quá 100 ký tự' }]}
                  >
                    <Input placeholder="Ví dụ: 495/KH-UBND" />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name="sourceSection"
                    label="Mục"
                    dependencies={['sourceQuotedText']}
                    rules={[
                      { max: 200, message: 'Không quá 200 ký tự' },
                      together('sourceQuotedText', 'Vui lòng nhập mục của văn bản có đoạn trích'),
                    ]}
                  >
                    <Input placeholder="Ví dụ: III.5.2" />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item
                name="sourceQuotedText"
                label="Trích dẫn nguyên văn"
                dependencies={['sourceSection']}
                rules={[
                  { max: 4000, message: 'Không quá 4.000 ký tự' },
                  together('sourceSection', 'Vui lòng trích nguyên văn đoạn giao nhiệm vụ'),
                ]}
              >
                <Input.TextArea rows={3} />
              </Form.Item>
            </>
          ),
        },
      ]}
    />
  );
}

/**
 * The deadline of each period's report (a day of a month after the period) and the last day
 * the reports run; the help text says the first period and its deadline before anything is sent.
 */
function PeriodicDeadline({ planEndsOn }: { planEndsOn: string }) {
  const form = Form.useFormInstance<AssignValues>();
  const values = Form.useWatch([], form) ?? {};
  const recurrence = recurrenceOf(values);
  const help =
    recurrence && values.dueDayOfMonth
      ? firstReportHelp(recurrence, dayjs().format('YYYY-MM-DD'), planEndsOn)
      : null;
  const deadlineRule = {
    validator: async () => {
      const current = recurrenceOf(form.getFieldsValue());
      const check = current && firstReportHelp(current, dayjs().format('YYYY-MM-DD'), planEndsOn);
      if (check?.refused) throw new Error(check.text);
    },
  };
  return (
    <>
      <Row gutter={12}>
        <Col xs={12} sm={8}>
          <Form.Item
            name="dueDayOfMonth"
            label="Hạn nộp mỗi kỳ: ngày"
            dependencies={['frequency', 'dueMonthsAfterPeriodEnd', 'until']}
            rules={[
              { required: true, message: 'Vui lòng nhập ngày nộp báo cáo' },
              { type: 'integer', min: 1, max: 31, message: 'Ngày nộp phải từ 1 đến 31' },
              deadlineRule,
            ]}
          >
            <InputNumber min={1} max={31} precision={0} style={{ width: 120 }} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item name="dueMonthsAfterPeriodEnd" label="Của tháng" rules={[{ required: true }]}>
            <Select options={DUE_MONTH_OPTIONS} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item
            name="until"
            label="Báo cáo đến hết ngày"
            rules={[{ required: true, message: 'Vui lòng chọn ngày kết thúc báo cáo' }]}
          >
            <PlanDatePicker planEndsOn={planEndsOn} />
          </Form.Item>
        </Col>
      </Row>
      {help && !help.refused && (
        <Typography.Paragraph type="secondary" style={{ marginTop: -12 }} role="status">
          {help.text}
        </Typography.Paragraph>
      )}
    </>
  );
}

/** A day within the plan's period, from today on (or also past days, for an old plan entered late). */
function PlanDatePicker({
  planEndsOn,
  allowPast,
  ...rest
}: { planEndsOn: string; allowPast?: boolean } & Omit<DatePickerProps, 'disabledDate'>) {
  return (
    <DatePicker
      format="DD/MM/YYYY"
      placeholder="Chọn ngày"
      style={{ width: 200 }}
      {...rest}
      disabledDate={outsideDeadlineBounds({ planEndsOn, allowPast })}
    />
  );
}
