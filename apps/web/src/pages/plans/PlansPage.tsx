import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Space, Tag, Typography } from 'antd';
import { FileAddOutlined, PlusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { ResponsiveRows } from '../pending/ResponsiveRows';
import type { PlanSummary } from '../../api/views';
import { usePlans } from '../../hooks/use-plans';
import { useUser } from '../../session/use-session';
import { can } from '../../session/permissions';
import { formatDate } from '../../labels/dates';
import { IssuePlanModal } from './IssuePlanModal';
import { planStatusLabel } from './plan-words';

const period = (plan: PlanSummary) => `${formatDate(plan.period.from)} – ${formatDate(plan.period.to)}`;

/** "Kế hoạch": the plans, newest first; the standing office issues new ones here. */
export function PlansPage() {
  const user = useUser();
  const plans = usePlans();
  const [issuing, setIssuing] = useState(false);

  const status = (plan: PlanSummary) => {
    const { label, color } = planStatusLabel(plan.status);
    return <Tag color={color}>{label}</Tag>;
  };
  const link = (plan: PlanSummary) => (
    <Link to={`/ke-hoach/${encodeURIComponent(plan.planId)}`}>{plan.title}</Link>
  );
  const columns: ColumnsType<PlanSummary> = [
    { title: 'Số kế hoạch', width: 140, render: (_, plan) => plan.number ?? 'Chưa có số' },
    { title: 'Tên kế hoạch', render: (_, plan) => link(plan) },
    { title: 'Ngày ban hành', width: 130, render: (_, plan) => formatDate(plan.issuedOn) },
    { title: 'Thời gian thực hiện', width: 210, render: (_, plan) => period(plan) },
    { title: 'Trạng thái', width: 140, render: (_, plan) => status(plan) },
  ];

  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
          Kế hoạch
        </Typography.Title>
        {can(user.role, 'plans.manage') && (
          <Space wrap>
            <Link to="/ke-hoach/nhap-van-ban">
              <Button icon={<FileAddOutlined />}>Nhập kế hoạch từ văn bản</Button>
            </Link>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIssuing(true)}>
              Ban hành kế hoạch
            </Button>
          </Space>
        )}
      </Space>
      {plans.error && <Alert type="error" showIcon message={plans.error.message} />}
      <ResponsiveRows
        rows={plans.data ?? []}
        rowKey="planId"
        columns={columns}
        loading={plans.isFetching}
        emptyText="Chưa có kế hoạch nào"
        card={(plan) => (
          <Space direction="vertical" size={4} style={{ width: '100%' }}>
            <Typography.Text strong>
              {plan.number ? `Kế hoạch ${plan.number}` : 'Kế hoạch chưa có số'}
            </Typography.Text>
            {link(plan)}
            <Typography.Text type="secondary">
              Ban hành {formatDate(plan.issuedOn)} · thực hiện {period(plan)}
            </Typography.Text>
            {status(plan)}
          </Space>
        )}
      />
      {issuing && <IssuePlanModal onClose={() => setIssuing(false)} />}
    </Space>
  );
}
