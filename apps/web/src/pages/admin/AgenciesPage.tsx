import { useState } from 'react';
import { Alert, Button, Card, Grid, Input, Select, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { MergeCellsOutlined, PlusOutlined } from '@ant-design/icons';
import type { AgencyEntry, AgencyKind } from '../../api/admin-views';
import { AGENCY_KIND_LABELS } from '../../labels/identity-labels';
import { AgencyStatusTag } from './AgencyStatusTag';
import { MergeCommunesModal } from './MergeCommunesModal';
import { RegisterAgencyModal } from './RegisterAgencyModal';
import { RenameAgencyModal } from './RenameAgencyModal';
import { RetireAgencyModal } from './RetireAgencyModal';
import { ResponsiveList } from './ResponsiveList';
import { RowActions, type RowAction } from './RowActions';
import { useAgencyDirectory } from './use-admin-data';
import { matchesSearch } from './vietnamese-text';

type OpenForm =
  | { kind: 'register' }
  | { kind: 'rename' | 'retire'; agency: AgencyEntry }
  | { kind: 'merge'; agency?: AgencyEntry };

type StatusFilter = 'active' | 'retired';

/** "Cơ quan, đơn vị": the directory the administrator keeps (communes merge and rename). */
export function AgenciesPage() {
  const wide = Grid.useBreakpoint().md ?? true;
  const directory = useAgencyDirectory();
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<AgencyKind>();
  const [status, setStatus] = useState<StatusFilter>();
  const [form, setForm] = useState<OpenForm | null>(null);

  const agencies = directory.data ?? [];
  const byId = new Map(agencies.map((agency) => [agency.agencyId, agency]));
  const nameOf = (agencyId: string) => byId.get(agencyId)?.name ?? 'Đơn vị không còn trong danh mục';
  const shown = agencies.filter(
    (agency) =>
      (matchesSearch(agency.name, search) || matchesSearch(agency.shortName, search)) &&
      (!kind || agency.kind === kind) &&
      (!status || agency.active === (status === 'active')),
  );

  const actionsOf = (agency: AgencyEntry): RowAction[] =>
    agency.active
      ? [
          { key: 'rename', label: 'Đổi tên', onClick: () => setForm({ kind: 'rename', agency }) },
          ...(agency.kind === 'commune'
            ? [{ key: 'merge', label: 'Sáp nhập', onClick: () => setForm({ kind: 'merge', agency }) }]
            : []),
          {
            key: 'retire',
            label: 'Ngừng hoạt động',
            danger: true,
            onClick: () => setForm({ kind: 'retire', agency }),
          },
        ]
      : [];
  const parentOf = (agency: AgencyEntry) => (agency.parentAgencyId ? nameOf(agency.parentAgencyId) : '—');

  const columns: ColumnsType<AgencyEntry> = [
    {
      title: 'Tên cơ quan, đơn vị',
      dataIndex: 'name',
      render: (_, agency) => (
        <Space direction="vertical" size={0}>
          <span>{agency.name}</span>
          {agency.code && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              Mã đơn vị hành chính {agency.code}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: 'Tên viết tắt',
      dataIndex: 'shortName',
      width: 180,
      render: (short: string | null) => short ?? '—',
    },
    {
      title: 'Loại',
      dataIndex: 'kind',
      width: 170,
      render: (value: AgencyKind) => AGENCY_KIND_LABELS[value] ?? 'Khác',
    },
    { title: 'Trực thuộc', width: 200, render: (_, agency) => parentOf(agency) },
    {
      title: 'Trạng thái',
      width: 190,
      render: (_, agency) => <AgencyStatusTag agency={agency} nameOf={nameOf} />,
    },
    {
      title: 'Thao tác',
      width: 120,
      render: (_, agency) => <RowActions subject={agency.name} actions={actionsOf(agency)} />,
    },
  ];

  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
          Cơ quan, đơn vị
        </Typography.Title>
        <Space wrap>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ kind: 'register' })}>
            Thêm cơ quan
          </Button>
          <Button icon={<MergeCellsOutlined />} onClick={() => setForm({ kind: 'merge' })}>
            Sáp nhập phường, xã
          </Button>
        </Space>
      </Space>
      <Card size="small">
        <Space wrap style={{ width: '100%' }}>
          <Input.Search
            aria-label="Tìm theo tên cơ quan, đơn vị"
            placeholder="Tìm theo tên…"
            allowClear
            onSearch={setSearch}
            onChange={(event) => setSearch(event.target.value)}
            style={{ width: wide ? 300 : '100%' }}
          />
          <Select
            aria-label="Loại cơ quan"
            placeholder="Tất cả các loại"
            allowClear
            value={kind}
            onChange={setKind}
            options={Object.entries(AGENCY_KIND_LABELS).map(([value, label]) => ({ value, label }))}
            style={{ width: 200 }}
          />
          <Select
            aria-label="Trạng thái"
            placeholder="Mọi trạng thái"
            allowClear
            value={status}
            onChange={setStatus}
            options={[
              { value: 'active', label: 'Đang hoạt động' },
              { value: 'retired', label: 'Ngừng hoạt động' },
            ]}
            style={{ width: 180 }}
          />
        </Space>
      </Card>
      {directory.error && <Alert type="error" showIcon message={directory.error.message} />}
      <ResponsiveList<AgencyEntry>
        rowKey="agencyId"
        rows={shown}
        columns={columns}
        loading={directory.isFetching}
        emptyText="Không có cơ quan, đơn vị phù hợp"
        countLabel={(total) => `${total} cơ quan, đơn vị`}
        card={(agency) => (
          <Space direction="vertical" size={4} style={{ width: '100%' }}>
            <Typography.Text strong>{agency.name}</Typography.Text>
            <Space wrap size={4}>
              <Tag>{AGENCY_KIND_LABELS[agency.kind] ?? 'Khác'}</Tag>
              <AgencyStatusTag agency={agency} nameOf={nameOf} />
            </Space>
            {agency.shortName && <Typography.Text>Tên viết tắt: {agency.shortName}</Typography.Text>}
            {agency.parentAgencyId && <Typography.Text>Trực thuộc: {parentOf(agency)}</Typography.Text>}
            <RowActions subject={agency.name} actions={actionsOf(agency)} />
          </Space>
        )}
      />
      {form?.kind === 'register' && <RegisterAgencyModal agencies={agencies} onClose={() => setForm(null)} />}
      {form?.kind === 'rename' && <RenameAgencyModal agency={form.agency} onClose={() => setForm(null)} />}
      {form?.kind === 'retire' && <RetireAgencyModal agency={form.agency} onClose={() => setForm(null)} />}
      {form?.kind === 'merge' && (
        <MergeCommunesModal agencies={agencies} target={form.agency} onClose={() => setForm(null)} />
      )}
    </Space>
  );
}
