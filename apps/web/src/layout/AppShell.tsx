import { useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { Button, Drawer, Dropdown, Grid, Layout, Menu, Typography } from 'antd';
import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { session } from '../api/session-store';
import { useUser } from '../session/use-session';
import { roleLabel } from '../labels/identity-labels';
import { useAgencyName } from '../hooks/use-agencies';
import { screens } from '../screens';
import { NotificationBell } from './NotificationBell';

/** The frame of every signed-in screen: the header with the person, the menu of their role. */
export function AppShell() {
  const user = useUser();
  const agencyName = useAgencyName();
  const location = useLocation();
  const navigate = useNavigate();
  const wide = Grid.useBreakpoint().md ?? true;
  const [drawerOpen, setDrawerOpen] = useState(false);

  const items = screens
    .filter((screen) => screen.menu && (!screen.roles || screen.roles.includes(user.role)))
    .map((screen) => ({
      key: screen.path,
      icon: screen.menu!.icon,
      label: <Link to={screen.path}>{screen.menu!.label}</Link>,
    }));
  const selected = items.find((item) => location.pathname.startsWith(item.key))?.key;
  const menu = (
    <Menu
      mode={wide ? 'horizontal' : 'inline'}
      theme={wide ? 'dark' : 'light'}
      items={items}
      selectedKeys={selected ? [selected] : []}
      onClick={() => setDrawerOpen(false)}
      style={wide ? { flex: 1, minWidth: 0, background: 'transparent' } : undefined}
      aria-label="Chức năng"
    />
  );

  async function logout() {
    await session.logout();
    navigate('/dang-nhap', { replace: true });
  }

  const userMenu = {
    items: [
      {
        key: 'who',
        disabled: true,
        label: `${roleLabel(user.role)} · ${user.agencyName ?? agencyName(user.agencyId)}`,
      },
      { type: 'divider' as const },
      { key: 'logout', icon: <LogoutOutlined />, label: 'Đăng xuất', onClick: logout },
    ],
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 12,
          paddingInline: wide ? 24 : 12,
          background: '#0b3d73',
        }}
      >
        {!wide && (
          <Button
            type="text"
            aria-label="Mở danh mục chức năng"
            icon={<MenuOutlined style={{ color: '#fff' }} />}
            onClick={() => setDrawerOpen(true)}
          />
        )}
        <Link to="/" style={{ color: '#fff', fontWeight: 600, whiteSpace: 'nowrap' }}>
          Giao việc · UBND TP Huế
        </Link>
        {wide ? menu : <div style={{ flex: 1 }} />}
        <NotificationBell />
        <Dropdown menu={userMenu} trigger={['click']}>
          <Button
            type="text"
            icon={<UserOutlined />}
            title={`${user.displayName} · ${user.agencyName ?? agencyName(user.agencyId)} · ${roleLabel(user.role)}`}
            // Long agency names are cut with an ellipsis inside the button, never over the menu.
            style={{
              color: '#fff',
              maxWidth: wide ? 170 : 48,
              flexShrink: 1,
              minWidth: 0,
              overflow: 'hidden',
            }}
            aria-label="Tài khoản"
          >
            {wide && (
              <span
                style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 }}
              >
                {user.displayName}
                <span style={{ color: '#d6e4ff', marginInlineStart: 8 }}>
                  {user.agencyName ?? agencyName(user.agencyId)} · {roleLabel(user.role)}
                </span>
              </span>
            )}
          </Button>
        </Dropdown>
      </Layout.Header>
      {!wide && (
        <Drawer
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          placement="left"
          title={user.displayName}
          width={280}
        >
          <Typography.Paragraph type="secondary">
            {user.agencyName ?? agencyName(user.agencyId)} · {roleLabel(user.role)}
          </Typography.Paragraph>
          {menu}
        </Drawer>
      )}
      <Layout.Content style={{ padding: wide ? 24 : 12 }}>
        <main>
          <Outlet />
        </main>
      </Layout.Content>
    </Layout>
  );
}
