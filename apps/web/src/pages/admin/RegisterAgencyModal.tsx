import { useState } from 'react';
import { Collapse, Form, Input } from 'antd';
import { api, unwrap } from '../../api/client';
import type { AgencyEntry, AgencyKind } from '../../api/admin-views';
import { AGENCY_KIND_LABELS } from '../../labels/identity-labels';
import { AdminCommandModal } from './AdminCommandModal';
import { FormSelect } from './FormSelect';
import { optionalText } from './agency-form-values';
import { agencyIdFrom } from './vietnamese-text';

interface RegisterAgencyValues {
  name: string;
  shortName?: string;
  kind: AgencyKind;
  parentAgencyId?: string;
  code?: string;
  agencyId: string;
}

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/** "Thêm cơ quan": a department, commune or other unit joins the directory. */
export function RegisterAgencyModal({ agencies, onClose }: { agencies: AgencyEntry[]; onClose: () => void }) {
  const [form] = Form.useForm<RegisterAgencyValues>();
  // The id follows the name until the administrator writes one of their own.
  const [idEdited, setIdEdited] = useState(false);
  const [advancedOpen, setAdvancedOpen] = useState<string[]>([]);
  const taken = new Set(agencies.map((agency) => agency.agencyId));

  return (
    <AdminCommandModal<RegisterAgencyValues>
      title="Thêm cơ quan, đơn vị"
      okText="Thêm cơ quan"
      success="Đã thêm cơ quan, đơn vị"
      form={form}
      initialValues={{ kind: 'commune' }}
      onClose={onClose}
      onInvalid={(fields) => fields.includes('agencyId') && setAdvancedOpen(['advanced'])}
      run={(values) =>
        unwrap(
          api.POST('/agencies', {
            body: {
              agencyId: values.agencyId.trim(),
              name: values.name.trim(),
              shortName: optionalText(values.shortName),
              kind: values.kind,
              parentAgencyId: values.parentAgencyId,
              code: optionalText(values.code),
            },
          }),
        )
      }
    >
      <Form.Item
        name="name"
        label="Tên cơ quan, đơn vị"
        rules={[
          { required: true, whitespace: true, message: 'Vui lòng nhập tên cơ quan, đơn vị' },
          { max: 300, message: 'Tên không quá 300 ký tự' },
        ]}
      >
        <Input
          placeholder="Ví dụ: UBND phường Thuận Hóa"
          onChange={(event) => {
            if (!idEdited) form.setFieldValue('agencyId', agencyIdFrom(event.target.value, taken));
          }}
        />
      </Form.Item>
      <Form.Item
        name="shortName"
        label="Tên viết tắt"
        rules={[{ max: 50, message: 'Tên viết tắt không quá 50 ký tự' }]}
      >
        <Input placeholder="Ví dụ: Phường Thuận Hóa" />
      </Form.Item>
      <Form.Item name="kind" label="Loại" rules={[{ required: true, message: 'Vui lòng chọn loại' }]}>
        <FormSelect
          options={Object.entries(AGENCY_KIND_LABELS).map(([value, label]) => ({ value, label }))}
        />
      </Form.Item>
      <Form.Item name="parentAgencyId" label="Trực thuộc">
        <FormSelect
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder="Chọn cơ quan cấp trên"
          options={agencies
            .filter((agency) => agency.active)
            .map((agency) => ({ value: agency.agencyId, label: agency.name }))}
        />
      </Form.Item>
      <Form.Item
        name="code"
        label="Mã đơn vị hành chính"
        rules={[{ max: 50, message: 'Mã không quá 50 ký tự' }]}
      >
        <Input placeholder="Ví dụ: 19753" />
      </Form.Item>
      <Collapse
        size="small"
        activeKey={advancedOpen}
        onChange={(keys) => setAdvancedOpen(Array.isArray(keys) ? keys : [keys])}
        items={[
          {
            key: 'advanced',
            label: 'Nâng cao',
            forceRender: true,
            children: (
              <Form.Item
                name="agencyId"
                label="Mã định danh"
                extra="Tạo tự động từ tên; không đổi được sau khi thêm."
                rules={[
                  { required: true, message: 'Vui lòng nhập mã định danh' },
                  {
                    pattern: SLUG,
                    message: 'Mã định danh gồm chữ thường không dấu, chữ số và dấu gạch ngang',
                  },
                  {
                    validator: (_, value: string | undefined) =>
                      value && taken.has(value.trim())
                        ? Promise.reject(new Error('Mã định danh này đã được dùng'))
                        : Promise.resolve(),
                  },
                ]}
              >
                <Input onChange={() => setIdEdited(true)} />
              </Form.Item>
            ),
          },
        ]}
      />
    </AdminCommandModal>
  );
}
