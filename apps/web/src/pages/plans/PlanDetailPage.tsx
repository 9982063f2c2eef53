import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Grid,
  Result,
  Skeleton,
  Space,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { UnorderedListOutlined } from '@ant-design/icons';
import { ApiError } from '../../api/problem';
import { useUser } from '../../session/use-session';
import { can } from '../../session/permissions';
import { formatDate } from '../../labels/dates';
import { useAgencyName } from '../../hooks/use-agencies';
import { AmendPlanModal } from './AmendPlanModal';
import { AssignTaskModal } from './AssignTaskModal';
import { DefineIndicatorModal } from './DefineIndicatorModal';
import { PlanAmendments } from './PlanAmendments';
import { PlanGroups } from './PlanGroups';
import { PlanIndicators } from './PlanIndicators';
import { PlanPhases } from './PlanPhases';
import { planStatusLabel } from './plan-words';
import { usePlan, usePlanDashboard } from './use-plan';

type Dialog = 'indicator' | 'task' | 'amendment' | null;

/** One plan: its document, indicators, amendments, tasks and fan-out groups. */
export function PlanDetailPage() {
  const { planId = '' } = useParams();
  const user = useUser();
  const agencyName = useAgencyName();
  const plan = usePlan(planId);
  const dashboard = usePlanDashboard(planId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const wide = Grid.useBreakpoint().md ?? true;

  if (plan.isPending) return <Skeleton active />;
  if (plan.error || !plan.data) {
    return (
      <Result
        status={plan.error instanceof ApiError && plan.error.status === 404 ? '404' : 'error'}
        title="Không mở được kế hoạch"
        subTitle={plan.error?.message}
        extra={<Link to="/ke-hoach">Về danh sách kế hoạch</Link>}
      />
    );
  }
  const detail = plan.data;
  const status = planStatusLabel(detail.status);
  const manages = can(user.role, 'plans.manage') && detail.status === 'open';
  const totals = dashboard.data?.totals;

  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12}>
      <Link to="/ke-hoach">← Danh sách kế hoạch</Link>
      <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
        {detail.number ? `Kế hoạch ${detail.number}` : 'Kế hoạch chưa có số'}
      </Typography.Title>
      <Card size="small">
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label="Tên kế hoạch" span={2}>
            {detail.title}
          </Descriptions.Item>
          <Descriptions.Item label="Cơ quan ban hành">{detail.issuingAuthority}</Descriptions.Item>
          <Descriptions.Item label="Ngày ban hành">
            {detail.issuedOn ? formatDate(detail.issuedOn) : 'Văn bản không ghi ngày'}
          </Descriptions.Item>
          <Descriptions.Item label="Người ký">
            {detail.signer ? `${detail.signer.title} ${detail.signer.name}` : 'Văn bản không ghi người ký'}
          </Descriptions.Item>
          <Descriptions.Item label="Thời gian thực hiện">
            {formatDate(detail.period.from)} – {formatDate(detail.period.to)}
          </Descriptions.Item>
          {detail.phases.length > 0 && (
            // Beside the period it divides, on a row of its own.
            <Descriptions.Item label="Giai đoạn thực hiện" span="filled">
              <PlanPhases phases={detail.phases} />
            </Descriptions.Item>
          )}
          <Descriptions.Item label="Cơ quan thường trực">
            {agencyName(detail.standingAgencyId)}
          </Descriptions.Item>
          <Descriptions.Item label="Trạng thái">
            <Tag color={status.color}>{status.label}</Tag>
          </Descriptions.Item>
          {detail.summary && (
            <Descriptions.Item label="Trích yếu" span={2}>
              {detail.summary}
            </Descriptions.Item>
          )}
          {detail.legalBases.length > 0 && (
            <Descriptions.Item label="Căn cứ" span={2}>
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {detail.legalBases.map((basis) => (
                  <li key={basis}>{basis}</li>
                ))}
              </ul>
            </Descriptions.Item>
          )}
          {totals && (
            <Descriptions.Item label="Nhiệm vụ" span={2}>
              {totals.total} nhiệm vụ, {totals.overdue} quá hạn
            </Descriptions.Item>
          )}
        </Descriptions>
        <Space wrap style={{ marginTop: 12 }}>
          <Link to={`/viec-cua-don-vi?planId=${encodeURIComponent(detail.planId)}`}>
            <Button icon={<UnorderedListOutlined />}>Xem các nhiệm vụ của kế hoạch</Button>
          </Link>
          {manages && (
            <>
              <Button type="primary" onClick={() => setDialog('task')}>
                Giao nhiệm vụ
              </Button>
              <Button onClick={() => setDialog('indicator')}>Thêm chỉ tiêu</Button>
              <Button onClick={() => setDialog('amendment')}>Sửa đổi, bổ sung kế hoạch</Button>
            </>
          )}
        </Space>
      </Card>
      {dashboard.error && <Alert type="warning" showIcon message={dashboard.error.message} />}
      <Tabs
        tabBarGutter={wide ? 32 : 16}
        items={[
          {
            key: 'chi-tieu',
            label: `Chỉ tiêu (${detail.indicators.length})`,
            children: <PlanIndicators indicators={detail.indicators} amendments={detail.amendments} />,
          },
          {
            key: 'phuong-xa',
            label: `Phường, xã (${dashboard.data?.groups.length ?? 0})`,
            children: <PlanGroups groups={dashboard.data?.groups ?? []} loading={dashboard.isPending} />,
          },
          {
            key: 'sua-doi',
            label: `Sửa đổi (${detail.amendments.length})`,
            children: <PlanAmendments amendments={detail.amendments} indicators={detail.indicators} />,
          },
        ]}
      />
      {dialog === 'indicator' && <DefineIndicatorModal plan={detail} onClose={() => setDialog(null)} />}
      {dialog === 'task' && <AssignTaskModal plan={detail} onClose={() => setDialog(null)} />}
      {dialog === 'amendment' && <AmendPlanModal plan={detail} onClose={() => setDialog(null)} />}
    </Space>
  );
}
