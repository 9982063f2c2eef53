import { Select, type SelectProps } from 'antd';
import { useAgencies } from '../hooks/use-agencies';

/**
 * Picks agencies by name (searchable); never shows an id. Active ones only, unless
 * `includeRetired` (a filter over history, where a retired commune still has its records).
 */
export function AgencySelect({
  kind,
  includeRetired = false,
  ...props
}: Omit<SelectProps<string | string[]>, 'options'> & {
  kind?: 'department' | 'commune' | 'other';
  includeRetired?: boolean;
}) {
  const agencies = useAgencies();
  const options = (agencies.data ?? [])
    .filter((agency) => (includeRetired || agency.active) && (!kind || agency.kind === kind))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
    .map((agency) => ({ value: agency.agencyId, label: agency.name }));
  return (
    <Select
      showSearch
      optionFilterProp="label"
      placeholder="Chọn cơ quan, đơn vị"
      notFoundContent="Không tìm thấy đơn vị"
      loading={agencies.isPending}
      options={options}
      {...props}
    />
  );
}
