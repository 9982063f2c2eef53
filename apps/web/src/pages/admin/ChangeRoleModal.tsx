import { Form } from 'antd';
import { api, unwrap } from '../../api/client';
import type { UserAccount } from '../../api/admin-views';
import type { Role } from '../../labels/identity-labels';
import { AdminCommandModal } from './AdminCommandModal';
import { FormSelect } from './FormSelect';
import { ROLE_OPTIONS } from './role-options';

/** "Đổi vai trò": recorded with who changed it and when. */
export function ChangeRoleModal({ user, onClose }: { user: UserAccount; onClose: () => void }) {
  return (
    <AdminCommandModal<{ role: Role }>
      title={`Đổi vai trò: ${user.displayName}`}
      okText="Đổi vai trò"
      success="Đã đổi vai trò"
      initialValues={{ role: user.role }}
      onClose={onClose}
      run={({ role }) =>
        unwrap(
          api.POST('/users/{userId}/role', {
            params: { path: { userId: user.userId } },
            body: { role, expectedVersion: user.version },
          }),
        )
      }
    >
      <Form.Item
        name="role"
        label="Vai trò mới"
        rules={[
          { required: true, message: 'Vui lòng chọn vai trò' },
          {
            validator: (_, role: Role) =>
              role === user.role
                ? Promise.reject(new Error('Vai trò mới trùng vai trò hiện tại'))
                : Promise.resolve(),
          },
        ]}
      >
        <FormSelect options={ROLE_OPTIONS} />
      </Form.Item>
    </AdminCommandModal>
  );
}
