import { useState } from 'react';
import { Alert, Button, Card, Grid, Input, Select, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { UserAddOutlined } from '@ant-design/icons';
import type { UserAccount } from '../../api/admin-views';
import { roleLabel, type Role } from '../../labels/identity-labels';
import { ChangeRoleModal } from './ChangeRoleModal';
import { DeactivateUserModal } from './DeactivateUserModal';
import { MoveUserModal } from './MoveUserModal';
import { ReactivateUserModal } from './ReactivateUserModal';
import { RegisterUserModal } from './RegisterUserModal';
import { ResetPasswordModal } from './ResetPasswordModal';
import { ResponsiveList } from './ResponsiveList';
import { RowActions, type RowAction } from './RowActions';
import { UserStatusTag } from './UserStatusTag';
import { ROLE_OPTIONS, activeAgencyOptions } from './role-options';
import { useAgencyDirectory, useUserAccounts } from './use-admin-data';
import { matchesSearch } from './vietnamese-text';

type OpenForm =
  | { kind: 'register' }
  | { kind: 'role' | 'agency' | 'password' | 'deactivate' | 'reactivate'; user: UserAccount };

/** "Tài khoản": who may log in, for which agency, with which role. */
export function UsersPage() {
  const wide = Grid.useBreakpoint().md ?? true;
  const accounts = useUserAccounts();
  const directory = useAgencyDirectory();
  const [search, setSearch] = useState('');
  const [agencyId, setAgencyId] = useState<string>();
  const [role, setRole] = useState<Role>();
  const [status, setStatus] = useState<'active' | 'deactivated'>();
  const [form, setForm] = useState<OpenForm | null>(null);

  const agencies = directory.data ?? [];
  const byId = new Map(agencies.map((agency) => [agency.agencyId, agency]));
  const agencyOf = (user: UserAccount) => byId.get(user.agencyId)?.name ?? 'Đơn vị không còn trong danh mục';
  const shown = (accounts.data ?? []).filter(
    (user) =>
      (matchesSearch(user.displayName, search) || matchesSearch(user.username, search)) &&
      (!agencyId || user.agencyId === agencyId) &&
      (!role || user.role === role) &&
      (!status || user.active === (status === 'active')),
  );

  const actionsOf = (user: UserAccount): RowAction[] => [
    { key: 'role', label: 'Đổi vai trò', onClick: () => setForm({ kind: 'role', user }) },
    { key: 'agency', label: 'Chuyển cơ quan', onClick: () => setForm({ kind: 'agency', user }) },
    { key: 'password', label: 'Đặt lại mật khẩu', onClick: () => setForm({ kind: 'password', user }) },
    user.active
      ? {
          key: 'deactivate',
          label: 'Khóa tài khoản',
          danger: true,
          onClick: () => setForm({ kind: 'deactivate', user }),
        }
      : { key: 'reactivate', label: 'Mở khóa', onClick: () => setForm({ kind: 'reactivate', user }) },
  ];

  const columns: ColumnsType<UserAccount> = [
    {
      title: 'Họ và tên',
      dataIndex: 'displayName',
      render: (_, user) => (
        <Space direction="vertical" size={0}>
          <span>{user.displayName}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            Tên đăng nhập: {user.username}
          </Typography.Text>
        </Space>
      ),
    },
    { title: 'Cơ quan, đơn vị', width: 260, render: (_, user) => agencyOf(user) },
    { title: 'Vai trò', dataIndex: 'role', width: 190, render: (value: string) => roleLabel(value) },
    { title: 'Trạng thái', width: 220, render: (_, user) => <UserStatusTag user={user} /> },
    {
      title: 'Thao tác',
      width: 120,
      render: (_, user) => <RowActions subject={user.displayName} actions={actionsOf(user)} />,
    },
  ];

  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
          Tài khoản người dùng
        </Typography.Title>
        <Button type="primary" icon={<UserAddOutlined />} onClick={() => setForm({ kind: 'register' })}>
          Tạo tài khoản
        </Button>
      </Space>
      <Card size="small">
        <Space wrap style={{ width: '100%' }}>
          <Input.Search
            aria-label="Tìm theo họ tên hoặc tên đăng nhập"
            placeholder="Tìm theo họ tên, tên đăng nhập…"
            allowClear
            onSearch={setSearch}
            onChange={(event) => setSearch(event.target.value)}
            style={{ width: wide ? 300 : '100%' }}
          />
          <Select
            aria-label="Cơ quan, đơn vị"
            placeholder="Tất cả cơ quan, đơn vị"
            allowClear
            showSearch
            optionFilterProp="label"
            value={agencyId}
            onChange={setAgencyId}
            options={activeAgencyOptions(agencies)}
            style={{ width: 260 }}
          />
          <Select
            aria-label="Vai trò"
            placeholder="Mọi vai trò"
            allowClear
            value={role}
            onChange={setRole}
            options={ROLE_OPTIONS}
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
              { value: 'deactivated', label: 'Đã khóa' },
            ]}
            style={{ width: 180 }}
          />
        </Space>
      </Card>
      {accounts.error && <Alert type="error" showIcon message={accounts.error.message} />}
      <ResponsiveList<UserAccount>
        rowKey="userId"
        rows={shown}
        columns={columns}
        loading={accounts.isFetching}
        emptyText="Không có tài khoản phù hợp"
        countLabel={(total) => `${total} tài khoản`}
        card={(user) => (
          <Space direction="vertical" size={4} style={{ width: '100%' }}>
            <Typography.Text strong>{user.displayName}</Typography.Text>
            <Typography.Text type="secondary">Tên đăng nhập: {user.username}</Typography.Text>
            <Typography.Text>{agencyOf(user)}</Typography.Text>
            <Space wrap size={4}>
              <Tag>{roleLabel(user.role)}</Tag>
              <UserStatusTag user={user} />
            </Space>
            <RowActions subject={user.displayName} actions={actionsOf(user)} />
          </Space>
        )}
      />
      {form?.kind === 'register' && <RegisterUserModal agencies={agencies} onClose={() => setForm(null)} />}
      {form?.kind === 'role' && <ChangeRoleModal user={form.user} onClose={() => setForm(null)} />}
      {form?.kind === 'agency' && (
        <MoveUserModal user={form.user} agencies={agencies} onClose={() => setForm(null)} />
      )}
      {form?.kind === 'password' && <ResetPasswordModal user={form.user} onClose={() => setForm(null)} />}
      {form?.kind === 'deactivate' && <DeactivateUserModal user={form.user} onClose={() => setForm(null)} />}
      {form?.kind === 'reactivate' && <ReactivateUserModal user={form.user} onClose={() => setForm(null)} />}
    </Space>
  );
}
