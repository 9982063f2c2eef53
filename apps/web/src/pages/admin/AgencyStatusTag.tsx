import { Tag } from 'antd';
import type { AgencyEntry } from '../../api/admin-views';

/** Active, or retired (merged into another agency when that is where its work went). */
export function AgencyStatusTag({
  agency,
  nameOf,
}: {
  agency: AgencyEntry;
  nameOf: (agencyId: string) => string;
}) {
  if (agency.active) return <Tag color="success">Đang hoạt động</Tag>;
  return (
    <Tag color="default" style={{ whiteSpace: 'normal' }}>
      {agency.mergedIntoAgencyId ? `Đã sáp nhập vào ${nameOf(agency.mergedIntoAgencyId)}` : 'Ngừng hoạt động'}
    </Tag>
  );
}
