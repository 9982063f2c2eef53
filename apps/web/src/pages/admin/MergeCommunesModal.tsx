import { Alert, Form } from 'antd';
import { api, unwrap } from '../../api/client';
import type { AgencyEntry } from '../../api/admin-views';
import { dayjs } from '../../labels/dates';
import { AdminCommandModal } from './AdminCommandModal';
import { FormSelect } from './FormSelect';
import { DecisionFields } from './DecisionFields';
import { decisionBody, type DecisionValues } from './agency-form-values';

interface MergeCommunesValues extends DecisionValues {
  targetAgencyId: string;
  mergedAgencyIds: string[];
}

/**
 * "Sáp nhập": communes join a surviving one; the API retires them and moves their open
 * tasks to it, so the administrator is asked to confirm with the names spelled out.
 */
export function MergeCommunesModal({
  agencies,
  target,
  onClose,
}: {
  agencies: AgencyEntry[];
  target?: AgencyEntry;
  onClose: () => void;
}) {
  const [form] = Form.useForm<MergeCommunesValues>();
  const targetId = Form.useWatch('targetAgencyId', form);
  const communes = agencies.filter((agency) => agency.active && agency.kind === 'commune');
  const nameOf = (agencyId: string) => agencies.find((agency) => agency.agencyId === agencyId)?.name ?? '';
  const options = (except?: string) =>
    communes
      .filter((commune) => commune.agencyId !== except)
      .map((commune) => ({ value: commune.agencyId, label: commune.name }));

  return (
    <AdminCommandModal<MergeCommunesValues>
      title="Sáp nhập phường, xã"
      okText="Sáp nhập"
      danger
      success="Đã sáp nhập; các nhiệm vụ đang thực hiện đã chuyển sang đơn vị sau sáp nhập"
      form={form}
      initialValues={{ targetAgencyId: target?.agencyId, mergedAgencyIds: [], effectiveOn: dayjs() }}
      onClose={onClose}
      confirmation={(values) => ({
        title: 'Xác nhận sáp nhập',
        okText: 'Đồng ý sáp nhập',
        content: (
          <>
            <p>
              {values.mergedAgencyIds.map(nameOf).join(', ')} sẽ được sáp nhập vào{' '}
              {nameOf(values.targetAgencyId)} và ngừng hoạt động từ ngày{' '}
              {values.effectiveOn.format('DD/MM/YYYY')}.
            </p>
            <p>
              Toàn bộ nhiệm vụ chưa hoàn thành của các đơn vị này sẽ chuyển sang{' '}
              {nameOf(values.targetAgencyId)} tiếp tục thực hiện. Thao tác này không hoàn tác được.
            </p>
          </>
        ),
      })}
      run={(values) =>
        unwrap(
          api.POST('/agencies/merges', {
            body: {
              targetAgencyId: values.targetAgencyId,
              mergedAgencyIds: values.mergedAgencyIds,
              ...decisionBody(values),
              decisionRef: values.decisionRef?.trim() ?? '',
            },
          }),
        )
      }
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        message="Các phường, xã bị sáp nhập sẽ ngừng hoạt động; nhiệm vụ chưa hoàn thành của các đơn vị đó chuyển sang đơn vị sau sáp nhập."
      />
      <Form.Item
        name="targetAgencyId"
        label="Đơn vị sau sáp nhập"
        rules={[{ required: true, message: 'Vui lòng chọn đơn vị sau sáp nhập' }]}
      >
        <FormSelect
          showSearch
          optionFilterProp="label"
          placeholder="Chọn phường, xã tiếp nhận"
          options={options()}
          onChange={(chosen: string) =>
            form.setFieldValue(
              'mergedAgencyIds',
              (form.getFieldValue('mergedAgencyIds') as string[]).filter((id) => id !== chosen),
            )
          }
        />
      </Form.Item>
      <Form.Item
        name="mergedAgencyIds"
        label="Các phường, xã sáp nhập vào"
        rules={[{ required: true, type: 'array', min: 1, message: 'Vui lòng chọn ít nhất một phường, xã' }]}
      >
        <FormSelect<string[]>
          mode="multiple"
          showSearch
          optionFilterProp="label"
          placeholder="Chọn các phường, xã"
          options={options(targetId)}
        />
      </Form.Item>
      <DecisionFields decisionRequired />
    </AdminCommandModal>
  );
}
