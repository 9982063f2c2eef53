import { Select, type SelectProps } from 'antd';
import { useAgencies } from '../../hooks/use-agencies';

/** Picks active agencies by name (searchable); never shows an id. */
export function AgencySelect({
  kind,
  ...props
}: Omit<SelectProps<string | string[]>, 'options'> & { kind?: 'department' | 'commune' | 'other' }) {
  const agencies = useAgencies();
  const options = (agencies.data ?? [])
    .filter((agency) => agency.active && (!kind || agency.kind === kind))
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
