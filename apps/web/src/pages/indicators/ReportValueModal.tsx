import { useQueryClient } from '@tanstack/react-query';
import { Col, DatePicker, Descriptions, Form, Input, InputNumber, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { IndicatorScore } from '../../api/leadership-views';
import { dayjs, DATE_FORMAT, toLocalDate } from '../../labels/dates';
import { DecisionModal } from '../pending/DecisionModal';
import { optionalText, REASON_RULES } from '../pending/task-commands';
import { indicatorValueCommands } from './indicator-value-commands';
import { formatTarget } from './indicator-words';
import { periodEnd, periodStart, reportingPeriodsOf } from './reporting-periods';

interface ReportValues {
  period: string;
  value: number;
  source: string;
  asOf: Dayjs;
  evidenceNote?: string;
  onBehalfReason?: string;
}

/**
 * "Báo cáo số liệu": the responsible agency's figure for a period of the year, with where it
 * comes from and the documents that back it. The standing office reporting for another
 * agency says why. A new report of a period replaces the one waiting or returned.
 */
export function ReportValueModal({
  indicator,
  year,
  today,
  onBehalf,
  initialPeriod,
  onClose,
}: {
  indicator: IndicatorScore;
  year: number;
  /** Today in Huế, as the scoreboard says: no figure is measured after it. */
  today: string;
  onBehalf: boolean;
  initialPeriod?: string;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  // Only periods already begun: a figure is never measured after today.
  const periods = reportingPeriodsOf(year).filter((period) => periodStart(period.value) <= today);
  // By default the latest quarter already over, else the year.
  const defaultPeriod =
    initialPeriod ??
    periods.filter((p) => p.value.includes('-Q') && periodEnd(p.value) <= today).pop()?.value ??
    `${year}`;
  const asOfFor = (period: string) =>
    dayjs(periodEnd(period) < today ? periodEnd(period) : today, 'YYYY-MM-DD');
  const percent = indicator.unit.trim() === '%';
  return (
    <DecisionModal<ReportValues>
      title="Báo cáo số liệu"
      okText="Gửi báo cáo"
      success="Đã gửi số liệu, chờ cơ quan thường trực xác nhận"
      width={640}
      initialValues={{ period: defaultPeriod, asOf: asOfFor(defaultPeriod) }}
      onSubmit={(values) =>
        indicatorValueCommands.report(
          { planId: indicator.planId, indicatorId: indicator.indicatorId },
          {
            period: values.period,
            value: values.value,
            source: values.source.trim(),
            asOf: toLocalDate(values.asOf),
            evidenceNote: optionalText(values.evidenceNote),
            onBehalfReason: onBehalf ? optionalText(values.onBehalfReason) : undefined,
          },
        )
      }
      onClose={(done) => {
        onClose();
        if (done) void queryClient.invalidateQueries({ queryKey: ['dashboard', 'indicators'] });
      }}
    >
      {(form) => (
        <>
          <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
            <Descriptions.Item label="Chỉ tiêu">{indicator.name}</Descriptions.Item>
            <Descriptions.Item label={`Chỉ tiêu năm ${year}`}>
              {formatTarget(indicator.target, indicator)}
            </Descriptions.Item>
          </Descriptions>
          <Row gutter={12}>
            <Col xs={24} sm={12}>
              <Form.Item
                name="period"
                label="Kỳ báo cáo"
                rules={[{ required: true, message: 'Vui lòng chọn kỳ báo cáo' }]}
              >
                <Select
                  options={periods}
                  // Under twenty periods: every one rendered, so none is out of reach of a scroll or a screen reader.
                  virtual={false}
                  onChange={(period: string) => form.setFieldValue('asOf', asOfFor(period))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item
                name="value"
                label={`Giá trị (${indicator.unit})`}
                rules={[{ required: true, message: 'Vui lòng nhập giá trị' }]}
              >
                <InputNumber
                  style={{ width: '100%' }}
                  decimalSeparator=","
                  min={percent ? 0 : undefined}
                  max={percent ? 100 : undefined}
                  placeholder="Ví dụ: 12,5"
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="asOf"
            label="Số liệu tính đến ngày"
            rules={[{ required: true, message: 'Vui lòng chọn ngày số liệu' }]}
          >
            <DatePicker
              format={DATE_FORMAT}
              placeholder="Chọn ngày"
              style={{ width: '100%' }}
              disabledDate={(date) => toLocalDate(date) > today}
            />
          </Form.Item>
          <Form.Item
            name="source"
            label="Nguồn số liệu"
            rules={[
              { required: true, whitespace: true, message: 'Vui lòng nêu nguồn số liệu' },
              { max: 1000, message: 'Không quá 1.000 ký tự' },
            ]}
          >
            <Input placeholder="Ví dụ: Cục Thống kê thành phố Huế; Cổng dịch vụ công" />
          </Form.Item>
          <Form.Item
            name="evidenceNote"
            label="Ghi chú minh chứng"
            extra="Số, ngày của văn bản, báo cáo làm căn cứ"
            rules={[{ max: 2000, message: 'Không quá 2.000 ký tự' }]}
          >
            <Input.TextArea rows={2} placeholder="Ví dụ: Báo cáo số 12/BC-SKHCN ngày 05/4/2026" />
          </Form.Item>
          {onBehalf && (
            <Form.Item
              name="onBehalfReason"
              label="Lý do báo cáo thay cơ quan chịu trách nhiệm"
              rules={REASON_RULES}
            >
              <Input.TextArea rows={2} />
            </Form.Item>
          )}
        </>
      )}
    </DecisionModal>
  );
}
