import { Form, Input } from 'antd';
import { api, unwrap } from '../../api/client';
import type { AgencyEntry } from '../../api/admin-views';
import type { Role } from '../../labels/identity-labels';
import { AdminCommandModal } from './AdminCommandModal';
import { FormSelect } from './FormSelect';
import { PasswordFields } from './PasswordFields';
import { optionalText } from './agency-form-values';
import { ROLE_OPTIONS, activeAgencyOptions } from './role-options';

interface RegisterUserValues {
  displayName: string;
  username: string;
  agencyId: string;
  role: Role;
  email?: string;
  password: string;
  passwordRepeated: string;
}

const USERNAME = /^[a-z0-9._-]{3,64}$/;

/** "Tạo tài khoản": a person of an agency, with a role and an initial password. */
export function RegisterUserModal({ agencies, onClose }: { agencies: AgencyEntry[]; onClose: () => void }) {
  const [form] = Form.useForm<RegisterUserValues>();
  return (
    <AdminCommandModal<RegisterUserValues>
      title="Tạo tài khoản"
      okText="Tạo tài khoản"
      success="Đã tạo tài khoản"
      form={form}
      initialValues={{ role: 'officer' }}
      onClose={onClose}
      run={(values) =>
        unwrap(
          api.POST('/users', {
            body: {
              displayName: values.displayName.trim(),
              username: values.username.trim(),
              agencyId: values.agencyId,
              role: values.role,
              email: optionalText(values.email),
              password: values.password,
            },
          }),
        )
      }
    >
      <Form.Item
        name="displayName"
        label="Họ và tên"
        rules={[
          { required: true, whitespace: true, message: 'Vui lòng nhập họ và tên' },
          { max: 200, message: 'Họ và tên không quá 200 ký tự' },
        ]}
      >
        <Input placeholder="Ví dụ: Nguyễn Văn A" autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="username"
        label="Tên đăng nhập"
        extra="Chữ thường không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch ngang."
        normalize={(value: string) => value.toLowerCase()}
        rules={[
          { required: true, whitespace: true, message: 'Vui lòng nhập tên đăng nhập' },
          {
            pattern: USERNAME,
            message: 'Tên đăng nhập gồm 3 đến 64 ký tự: chữ thường không dấu, chữ số, . _ -',
          },
        ]}
      >
        <Input placeholder="Ví dụ: nguyen.van.a" autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="agencyId"
        label="Cơ quan, đơn vị"
        rules={[{ required: true, message: 'Vui lòng chọn cơ quan, đơn vị' }]}
      >
        <FormSelect
          showSearch
          optionFilterProp="label"
          placeholder="Chọn cơ quan, đơn vị"
          options={activeAgencyOptions(agencies)}
        />
      </Form.Item>
      <Form.Item name="role" label="Vai trò" rules={[{ required: true, message: 'Vui lòng chọn vai trò' }]}>
        <FormSelect options={ROLE_OPTIONS} />
      </Form.Item>
      <Form.Item
        name="email"
        label="Thư điện tử"
        extra="Nơi nhận nhắc hạn và bản tin tổng hợp."
        rules={[{ type: 'email', message: 'Địa chỉ thư điện tử chưa đúng' }]}
      >
        <Input placeholder="Ví dụ: nguyen.van.a@hue.gov.vn" autoComplete="off" />
      </Form.Item>
      <PasswordFields
        form={form}
        name="password"
        label="Mật khẩu ban đầu"
        usernameOf={() => form.getFieldValue('username') as string | undefined}
      />
    </AdminCommandModal>
  );
}
