import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { App, Alert, Button, Card, Grid, List, Select, Space, Table, Typography } from 'antd';
import { FileExcelOutlined, FileTextOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { download } from '../../api/client';
import type { AuditEntry } from '../../api/views';
import { eventTypeLabel } from '../../labels/event-labels';
import { dayjs, formatDateTime } from '../../labels/dates';
import { LocalDateRangePicker } from '../../components/LocalDateRangePicker';
import { PlanSelect } from '../dashboard/PlanSelect';
import { useAgencyName } from '../../hooks/use-agencies';
import { AgencySelect } from '../../components/AgencySelect';
import { useAllTasks } from '../dashboard/use-all-tasks';
import { auditFiltersFrom, auditParamsFrom, exportPath, type AuditFilters } from './audit-filters';
import { useAuditTrail } from './use-audit-trail';
import { useUsers } from './use-users';
import { ActorName } from './ActorName';

/** "Nhật ký": who did what and when, filtered, and exported as CSV or Excel. */
export function AuditPage() {
  const { message } = App.useApp();
  const wide = Grid.useBreakpoint().md ?? true;
  // The filters live in the address: a filtered trail can be shared, reloaded, come back to.
  const [params, setParams] = useSearchParams();
  const filters = auditFiltersFrom(params);
  const update = (change: Partial<AuditFilters>) =>
    setParams(auditParamsFrom({ ...filters, ...change }), { replace: true });
  const [exporting, setExporting] = useState<'csv' | 'xlsx' | null>(null);

  const agencyName = useAgencyName();
  const users = useUsers();
  const planTasks = useAllTasks(filters.planId, filters.planId !== undefined);
  const trail = useAuditTrail(filters);
  const entries = trail.data?.pages.flatMap((page) => page.items) ?? [];

  async function exportAs(format: 'csv' | 'xlsx') {
    setExporting(format);
    try {
      await download(exportPath(filters, format), `nhat-ky-${dayjs().format('YYYY-MM-DD')}.${format}`);
    } catch (error) {
      void message.error((error as Error).message);
    } finally {
      setExporting(null);
    }
  }

  const columns: ColumnsType<AuditEntry> = [
    {
      title: 'Thời điểm',
      dataIndex: 'occurredAt',
      width: 140,
      render: (instant: string) => formatDateTime(instant),
    },
    {
      title: 'Người thực hiện',
      key: 'actor',
      width: 240,
      render: (_, entry) => <ActorName actor={entry.actor} agencyName={agencyName} />,
    },
    { title: 'Sự kiện', dataIndex: 'type', width: 190, render: (type: string) => eventTypeLabel(type) },
    { title: 'Nội dung', dataIndex: 'summary' },
  ];

  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12}>
      <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
        Nhật ký hoạt động
      </Typography.Title>
      <Card size="small">
        <Space wrap>
          {!users.forbidden && (
            <Select
              aria-label="Người thực hiện"
              placeholder="Người thực hiện"
              allowClear
              showSearch
              optionFilterProp="label"
              loading={users.isLoading}
              value={filters.actorUserId}
              onChange={(actorUserId: string | undefined) => update({ actorUserId })}
              options={(users.data ?? []).map((user) => ({
                value: user.userId,
                label: `${user.displayName} (${agencyName(user.agencyId)})`,
              }))}
              style={{ width: 280, maxWidth: '100%' }}
            />
          )}
          <AgencySelect
            includeRetired
            aria-label="Đơn vị"
            placeholder="Đơn vị"
            allowClear
            value={filters.agencyId}
            onChange={(agencyId) => update({ agencyId: agencyId as string | undefined })}
            style={{ width: 260, maxWidth: '100%' }}
          />
          <PlanSelect
            value={filters.planId}
            onChange={(planId) => update({ planId, taskId: undefined })}
            placeholder="Kế hoạch"
          />
          <Select
            aria-label="Nhiệm vụ (theo số hiệu)"
            placeholder={filters.planId ? 'Số hiệu nhiệm vụ' : 'Chọn kế hoạch để lọc theo nhiệm vụ'}
            allowClear
            showSearch
            optionFilterProp="label"
            disabled={!filters.planId}
            loading={planTasks.isFetching}
            value={filters.taskId}
            onChange={(taskId: string | undefined) => update({ taskId })}
            options={(planTasks.data?.tasks ?? []).map((task) => ({
              value: task.taskId,
              label: `${task.code ?? 'Chưa có số hiệu'} · ${task.leadAgencyName ?? agencyName(task.leadAgencyId)} · ${task.title}`,
            }))}
            popupMatchSelectWidth={false}
            style={{ width: 280, maxWidth: '100%' }}
          />
          <LocalDateRangePicker
            label="Khoảng thời gian"
            placeholder={['Từ ngày', 'Đến ngày']}
            from={filters.from}
            to={filters.to}
            onChange={(from, to) => update({ from, to })}
          />
        </Space>
      </Card>
      <Space wrap>
        <Button
          icon={<FileTextOutlined />}
          loading={exporting === 'csv'}
          onClick={() => void exportAs('csv')}
        >
          Xuất CSV
        </Button>
        <Button
          icon={<FileExcelOutlined />}
          loading={exporting === 'xlsx'}
          onClick={() => void exportAs('xlsx')}
        >
          Xuất Excel
        </Button>
      </Space>
      {trail.error && <Alert type="error" showIcon message={trail.error.message} />}
      {wide ? (
        <Table<AuditEntry>
          rowKey="position"
          size="middle"
          loading={trail.isLoading}
          columns={columns}
          dataSource={entries}
          pagination={false}
          locale={{ emptyText: 'Không có hoạt động phù hợp' }}
        />
      ) : (
        <List<AuditEntry>
          loading={trail.isLoading}
          dataSource={entries}
          locale={{ emptyText: 'Không có hoạt động phù hợp' }}
          renderItem={(entry) => (
            <List.Item style={{ padding: 0, borderBlockEnd: 'none' }}>
              <Card size="small" style={{ marginBottom: 8, width: '100%' }}>
                <Space direction="vertical" size={2} style={{ width: '100%' }}>
                  <Typography.Text strong>{eventTypeLabel(entry.type)}</Typography.Text>
                  <Typography.Text type="secondary">{formatDateTime(entry.occurredAt)}</Typography.Text>
                  <ActorName actor={entry.actor} agencyName={agencyName} />
                  <span>{entry.summary}</span>
                </Space>
              </Card>
            </List.Item>
          )}
        />
      )}
      {trail.hasNextPage && (
        <Button block loading={trail.isFetchingNextPage} onClick={() => void trail.fetchNextPage()}>
          Xem thêm
        </Button>
      )}
      {!trail.isLoading && entries.length > 0 && (
        <Typography.Text type="secondary">
          Đang hiển thị {entries.length.toLocaleString('vi-VN')} hoạt động.
        </Typography.Text>
      )}
    </Space>
  );
}
