import { Select } from 'antd';
import type { AgencyKind } from '../api/leadership-views';
import { AGENCY_KIND_LABELS } from '../labels/identity-labels';

export const AGENCY_KINDS: readonly AgencyKind[] = ['department', 'commune', 'other'];

/** "Loại đơn vị": departments, communes or other units; empty for all of them. */
export function AgencyKindSelect({
  value,
  onChange,
}: {
  value: AgencyKind | undefined;
  onChange: (value: string | undefined) => void;
}) {
  return (
    <Select
      aria-label="Loại đơn vị"
      placeholder="Tất cả loại đơn vị"
      allowClear
      value={value}
      onChange={onChange}
      options={AGENCY_KINDS.map((kind) => ({ value: kind, label: AGENCY_KIND_LABELS[kind] }))}
      style={{ width: 220, maxWidth: '100%' }}
    />
  );
}

/** The kind a filter parameter names, or undefined. */
export function agencyKindOf(param: string | null): AgencyKind | undefined {
  return AGENCY_KINDS.includes(param as AgencyKind) ? (param as AgencyKind) : undefined;
}
