import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Badge, Collapse, Empty, Select, Space, Spin, Typography } from 'antd';
import type { OverdueTask } from '../../api/standing-office-views';
import { useUser } from '../../session/use-session';
import { can } from '../../session/permissions';
import { formatDate } from '../../labels/dates';
import { planLabel, usePlans } from '../../hooks/use-plans';
import { useAgencyName } from '../../hooks/use-agencies';
import { AsOfControl, useAsOf } from '../../components/AsOfControl';
import { EscalateModal } from './EscalateModal';
import { OverdueTasksTable } from './OverdueTasksTable';
import { byLeadAgency, useOverdueBoard } from './use-overdue-board';
import { workingDaysLate } from '../../labels/overdue-words';

/** "Việc quá hạn": the overdue tasks, grouped by the agency that leads them. */
export function OverduePage() {
  const user = useUser();
  const asOf = useAsOf();
  // Looking back, nothing can be changed: the past is shown as it was.
  const canEscalate = can(user.role, 'tasks.escalate') && !asOf;
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const planId = params.get('planId') ?? undefined;
  const plans = usePlans();
  const agencyName = useAgencyName();
  const board = useOverdueBoard(planId, asOf);
  const [escalating, setEscalating] = useState<OverdueTask | null>(null);
  const groups = byLeadAgency(board.data?.items ?? []);

  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12}>
      <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
        Việc quá hạn
      </Typography.Title>
      <AsOfControl />
      <Space wrap>
        <Select
          aria-label="Kế hoạch"
          placeholder="Tất cả kế hoạch"
          allowClear
          value={planId}
          onChange={(value?: string) => {
            const next = new URLSearchParams(params);
            if (value) next.set('planId', value);
            else next.delete('planId');
            setParams(next, { replace: true });
          }}
          options={(plans.data ?? []).map((plan) => ({ value: plan.planId, label: planLabel(plan) }))}
          style={{ width: 260, maxWidth: '100%' }}
        />
        {board.data && (
          <Typography.Text>
            {board.data.total} nhiệm vụ quá hạn của {groups.length} đơn vị, tính đến ngày{' '}
            {formatDate(board.data.today)}
          </Typography.Text>
        )}
      </Space>
      {board.error && <Alert type="error" showIcon message={board.error.message} />}
      {board.data && board.data.items.length < board.data.total && (
        <Alert
          type="info"
          showIcon
          message={`Đang hiển thị ${board.data.items.length} trong số ${board.data.total} nhiệm vụ quá hạn; chọn một kế hoạch để thu hẹp.`}
        />
      )}
      {board.isPending ? (
        <Spin tip="Đang tải…">
          <div style={{ height: 80 }} />
        </Spin>
      ) : groups.length === 0 ? (
        <Empty description="Không có nhiệm vụ nào quá hạn" />
      ) : (
        <Collapse
          defaultActiveKey={groups.slice(0, 5).map((group) => group.agencyId)}
          items={groups.map((group) => ({
            key: group.agencyId,
            label: (
              <Space wrap size={8}>
                <Typography.Text strong>{group.agencyName ?? agencyName(group.agencyId)}</Typography.Text>
                <Badge count={group.tasks.length} color="#cf1322" overflowCount={999} />
                <Typography.Text type="secondary">
                  quá hạn lâu nhất{' '}
                  {workingDaysLate(Math.max(...group.tasks.map((task) => task.workingDaysOverdue)))}
                </Typography.Text>
              </Space>
            ),
            children: (
              <OverdueTasksTable tasks={group.tasks} canEscalate={canEscalate} onEscalate={setEscalating} />
            ),
          }))}
        />
      )}
      {escalating && (
        <EscalateModal
          task={escalating}
          onClose={(done) => {
            setEscalating(null);
            if (done) void queryClient.invalidateQueries();
          }}
        />
      )}
    </Space>
  );
}
