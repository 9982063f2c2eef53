import { Select } from 'antd';
import { planLabel, usePlans } from '../../hooks/use-plans';

/** The plan filter of the leadership screens: one plan, or every plan when cleared. */
export function PlanSelect({
  value,
  onChange,
  placeholder = 'Tất cả kế hoạch',
}: {
  value: string | undefined;
  onChange: (planId: string | undefined) => void;
  placeholder?: string;
}) {
  const plans = usePlans();
  return (
    <Select
      aria-label="Kế hoạch"
      placeholder={placeholder}
      allowClear
      loading={plans.isLoading}
      value={value}
      onChange={onChange}
      options={(plans.data ?? []).map((plan) => ({ value: plan.planId, label: planLabel(plan) }))}
      style={{ width: 260, maxWidth: '100%' }}
    />
  );
}
