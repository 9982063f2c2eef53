import { useState } from 'react';
import { Input, Space, Typography } from 'antd';
import { SECTION_PATTERN } from '../../labels/source-labels';

/** "Mục": the tasks of a section of the plan and of its sub-sections (III.5 → III.5.1, III.5.2…). */
export function SectionFilter({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (section: string | undefined) => void;
}) {
  const [invalid, setInvalid] = useState(false);
  return (
    <Space direction="vertical" size={0}>
      <Input.Search
        aria-label="Mục"
        placeholder="Mục, ví dụ III.5"
        allowClear
        defaultValue={value}
        status={invalid ? 'error' : undefined}
        aria-invalid={invalid}
        aria-describedby={invalid ? 'section-filter-error' : undefined}
        onSearch={(typed) => {
          const section = typed.trim();
          // Checked here as the API checks it, so a typo is explained instead of answered with an error.
          const ok = section === '' || SECTION_PATTERN.test(section);
          setInvalid(!ok);
          if (ok) onChange(section || undefined);
        }}
        style={{ width: 180 }}
      />
      {invalid && (
        <Typography.Text id="section-filter-error" type="danger" style={{ fontSize: 12 }}>
          Mục gồm chữ và số nối bằng dấu chấm, ví dụ III.5
        </Typography.Text>
      )}
    </Space>
  );
}
