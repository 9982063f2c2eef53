import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
// Ant Design's styles, written at build time (apps/web/build/extract-antd-styles.tsx).
import './generated/antd-styles.css';
import './labels/dates';
import { App } from './App';
import { ACCESSIBLE_THEME } from './accessible-theme';
import { ApiError, AsOfPreparing } from './api/problem';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      // A refusal will not change by asking again; a network hiccup may; a past day being
      // prepared will be ready: asked again, as the API says, for as long as the screen is open.
      retry: (failures, error) =>
        error instanceof AsOfPreparing ||
        (!(error instanceof ApiError && error.status < 500) && failures < 2),
      retryDelay: (failures, error) =>
        error instanceof AsOfPreparing
          ? error.retryAfterSeconds * 1000
          : Math.min(1000 * 2 ** failures, 30_000),
    },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider
      locale={viVN}
      theme={ACCESSIBLE_THEME}
      // rc-dialog names its close button "Close" whatever the locale; screen readers say it.
      modal={{ closable: { 'aria-label': 'Đóng' } }}
      drawer={{ closable: { 'aria-label': 'Đóng' } }}
    >
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </QueryClientProvider>
    </ConfigProvider>
  </StrictMode>,
);
