import { Button, Dropdown } from 'antd';
import { DownOutlined } from '@ant-design/icons';

export interface RowAction {
  readonly key: string;
  readonly label: string;
  readonly danger?: boolean;
  readonly onClick: () => void;
}

/** The commands of one row in a compact menu, named after the row for screen readers. */
export function RowActions({ subject, actions }: { subject: string; actions: readonly RowAction[] }) {
  if (actions.length === 0) return null;
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: actions.map(({ key, label, danger }) => ({ key, label, danger })),
        onClick: ({ key }) => actions.find((action) => action.key === key)?.onClick(),
      }}
    >
      <Button size="small" aria-label={`Thao tác: ${subject}`}>
        Thao tác <DownOutlined />
      </Button>
    </Dropdown>
  );
}
