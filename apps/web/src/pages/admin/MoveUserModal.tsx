import { Form } from 'antd';
import { api, unwrap } from '../../api/client';
import type { AgencyEntry, UserAccount } from '../../api/admin-views';
import { AdminCommandModal } from './AdminCommandModal';
import { FormSelect } from './FormSelect';
import { activeAgencyOptions } from './role-options';

/** "Chuyển cơ quan": the person now works for another agency and sees its tasks. */
export function MoveUserModal({
  user,
  agencies,
  onClose,
}: {
  user: UserAccount;
  agencies: AgencyEntry[];
  onClose: () => void;
}) {
  return (
    <AdminCommandModal<{ agencyId: string }>
      title={`Chuyển cơ quan: ${user.displayName}`}
      okText="Chuyển cơ quan"
      success="Đã chuyển tài khoản sang cơ quan mới"
      initialValues={{ agencyId: user.agencyId }}
      onClose={onClose}
      run={({ agencyId }) =>
        unwrap(
          api.POST('/users/{userId}/agency', {
            params: { path: { userId: user.userId } },
            body: { agencyId, expectedVersion: user.version },
          }),
        )
      }
    >
      <Form.Item
        name="agencyId"
        label="Cơ quan, đơn vị mới"
        rules={[
          { required: true, message: 'Vui lòng chọn cơ quan, đơn vị' },
          {
            validator: (_, agencyId: string) =>
              agencyId === user.agencyId
                ? Promise.reject(new Error('Tài khoản đang thuộc cơ quan này'))
                : Promise.resolve(),
          },
        ]}
      >
        <FormSelect showSearch optionFilterProp="label" options={activeAgencyOptions(agencies)} />
      </Form.Item>
    </AdminCommandModal>
  );
}
