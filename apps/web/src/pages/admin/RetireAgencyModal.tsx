import { Alert } from 'antd';
import { api, unwrap } from '../../api/client';
import type { AgencyEntry } from '../../api/admin-views';
import { dayjs } from '../../labels/dates';
import { AdminCommandModal } from './AdminCommandModal';
import { ReasonField } from './ReasonField';
import { DecisionFields } from './DecisionFields';
import { decisionBody, type DecisionValues } from './agency-form-values';
import { useAgencyDetail } from './use-admin-data';

interface RetireAgencyValues extends DecisionValues {
  reason: string;
}

/** "Ngừng hoạt động": an agency that no longer exists; new tasks can no longer be given to it. */
export function RetireAgencyModal({ agency, onClose }: { agency: AgencyEntry; onClose: () => void }) {
  const detail = useAgencyDetail(agency.agencyId);
  return (
    <AdminCommandModal<RetireAgencyValues>
      title={`Ngừng hoạt động: ${agency.name}`}
      okText="Ngừng hoạt động"
      danger
      success="Đã ghi nhận cơ quan, đơn vị ngừng hoạt động"
      loading={detail.isPending}
      loadError={detail.error}
      initialValues={{ effectiveOn: dayjs() }}
      onClose={onClose}
      run={(values) =>
        unwrap(
          api.POST('/agencies/{agencyId}/retire', {
            params: { path: { agencyId: agency.agencyId } },
            body: {
              reason: values.reason.trim(),
              ...decisionBody(values),
              expectedVersion: detail.data?.version,
            },
          }),
        )
      }
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        message="Cơ quan ngừng hoạt động sẽ không được giao nhiệm vụ mới. Nếu cơ quan được sáp nhập vào đơn vị khác, hãy dùng chức năng Sáp nhập để chuyển các nhiệm vụ đang thực hiện."
      />
      <ReasonField placeholder="Ví dụ: Giải thể theo Quyết định số 12/QĐ-UBND" />
      <DecisionFields />
    </AdminCommandModal>
  );
}
