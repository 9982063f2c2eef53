import { DatePicker } from 'antd';
import { dayjs, toLocalDate } from '../labels/dates';

/** A range of days as the API takes them (yyyy-mm-dd), shown dd/mm/yyyy; cleared as a whole. */
export function LocalDateRangePicker({
  label,
  placeholder,
  from,
  to,
  onChange,
}: {
  label: string;
  placeholder: [string, string];
  from: string | undefined;
  to: string | undefined;
  onChange: (from: string | undefined, to: string | undefined) => void;
}) {
  return (
    <DatePicker.RangePicker
      aria-label={label}
      format="DD/MM/YYYY"
      placeholder={placeholder}
      value={from && to ? [dayjs(from), dayjs(to)] : null}
      onChange={(range) =>
        onChange(
          range?.[0] ? toLocalDate(range[0]) : undefined,
          range?.[1] ? toLocalDate(range[1]) : undefined,
        )
      }
    />
  );
}
