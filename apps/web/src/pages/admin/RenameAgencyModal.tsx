import { Form, Input } from 'antd';
import { api, unwrap } from '../../api/client';
import type { AgencyEntry } from '../../api/admin-views';
import { dayjs } from '../../labels/dates';
import { AdminCommandModal } from './AdminCommandModal';
import { DecisionFields } from './DecisionFields';
import { decisionBody, optionalText, type DecisionValues } from './agency-form-values';
import { useAgencyDetail } from './use-admin-data';

interface RenameAgencyValues extends DecisionValues {
  newName: string;
  newShortName?: string;
}

/** "Đổi tên": the agency keeps its id and its tasks; the old name stays in its history. */
export function RenameAgencyModal({ agency, onClose }: { agency: AgencyEntry; onClose: () => void }) {
  const detail = useAgencyDetail(agency.agencyId);
  return (
    <AdminCommandModal<RenameAgencyValues>
      title={`Đổi tên: ${agency.name}`}
      okText="Đổi tên"
      success="Đã đổi tên cơ quan, đơn vị"
      loading={detail.isPending}
      loadError={detail.error}
      initialValues={{
        newName: agency.name,
        newShortName: agency.shortName ?? undefined,
        effectiveOn: dayjs(),
      }}
      onClose={onClose}
      run={(values) =>
        unwrap(
          api.POST('/agencies/{agencyId}/rename', {
            params: { path: { agencyId: agency.agencyId } },
            body: {
              newName: values.newName.trim(),
              newShortName: optionalText(values.newShortName),
              ...decisionBody(values),
              expectedVersion: detail.data?.version,
            },
          }),
        )
      }
    >
      <Form.Item
        name="newName"
        label="Tên mới"
        rules={[
          { required: true, whitespace: true, message: 'Vui lòng nhập tên mới' },
          { max: 300, message: 'Tên không quá 300 ký tự' },
        ]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        name="newShortName"
        label="Tên viết tắt mới"
        rules={[{ max: 50, message: 'Tên viết tắt không quá 50 ký tự' }]}
      >
        <Input />
      </Form.Item>
      <DecisionFields />
    </AdminCommandModal>
  );
}
