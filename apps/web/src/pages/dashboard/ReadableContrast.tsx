import type { ReactNode } from 'react';
import { ConfigProvider } from 'antd';

/**
 * Ant Design's secondary and description text (45% black) falls short of WCAG AA contrast
 * on white and on the grey page; the leadership screens use 65% black (#595959) instead.
 */
export function ReadableContrast({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider theme={{ token: { colorTextSecondary: '#595959', colorTextDescription: '#595959' } }}>
      {children}
    </ConfigProvider>
  );
}
