import { useQueryClient } from '@tanstack/react-query';
import { Descriptions, Form, Input } from 'antd';
import type { IndicatorScore } from '../../api/leadership-views';
import { formatDate } from '../../labels/dates';
import { DecisionModal } from '../pending/DecisionModal';
import { optionalText, REASON_RULES } from '../pending/task-commands';
import { indicatorValueCommands } from './indicator-value-commands';
import { periodLabel, withUnit } from './indicator-words';

export type OpenReport = IndicatorScore['openReports'][number];

/** The standing office's "Xác nhận" (the value counts from now on) or "Trả lại" with a reason. */
export function ReviewValueModal({
  decision,
  indicator,
  report,
  onClose,
}: {
  decision: 'confirm' | 'return';
  indicator: IndicatorScore;
  report: OpenReport;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const path = { planId: indicator.planId, indicatorId: indicator.indicatorId, reportId: report.reportId };
  const close = (done: boolean) => {
    onClose();
    if (done) void queryClient.invalidateQueries({ queryKey: ['dashboard', 'indicators'] });
  };
  const facts = (
    <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
      <Descriptions.Item label="Chỉ tiêu">{indicator.name}</Descriptions.Item>
      <Descriptions.Item label="Kỳ báo cáo">{periodLabel(report.period)}</Descriptions.Item>
      <Descriptions.Item label="Giá trị">
        {withUnit(report.value, indicator.unit)}, tính đến {formatDate(report.asOf)}
      </Descriptions.Item>
      <Descriptions.Item label="Nguồn số liệu">{report.source}</Descriptions.Item>
      {report.evidenceNote && <Descriptions.Item label="Minh chứng">{report.evidenceNote}</Descriptions.Item>}
      <Descriptions.Item label="Đơn vị báo cáo">
        {report.reportedByAgencyName ?? 'Đơn vị chưa rõ tên'}
      </Descriptions.Item>
    </Descriptions>
  );
  if (decision === 'confirm') {
    return (
      <DecisionModal<{ note?: string }>
        title="Xác nhận số liệu"
        okText="Xác nhận"
        success="Đã xác nhận số liệu"
        onClose={close}
        onSubmit={(values) => indicatorValueCommands.confirm(path, { note: optionalText(values.note) })}
      >
        {facts}
        <Form.Item name="note" label="Ghi chú" rules={[{ max: 2000, message: 'Không quá 2.000 ký tự' }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </DecisionModal>
    );
  }
  return (
    <DecisionModal<{ reason: string }>
      title="Trả lại số liệu"
      okText="Trả lại"
      danger
      success="Đã trả lại số liệu cho đơn vị"
      onClose={close}
      onSubmit={(values) => indicatorValueCommands.return(path, { reason: values.reason.trim() })}
    >
      {facts}
      <Form.Item name="reason" label="Lý do trả lại" rules={REASON_RULES}>
        <Input.TextArea rows={3} placeholder="Ví dụ: Số liệu chưa khớp với báo cáo của Cục Thống kê" />
      </Form.Item>
    </DecisionModal>
  );
}
