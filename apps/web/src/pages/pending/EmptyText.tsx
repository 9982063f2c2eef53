import { Typography } from 'antd';

/** An empty list's sentence, readable (antd's own empty text is too light for AA contrast). */
export function EmptyText({ children }: { children: string }) {
  return (
    <Typography.Paragraph type="secondary" style={{ margin: 0, padding: '12px 0', textAlign: 'center' }}>
      {children}
    </Typography.Paragraph>
  );
}
