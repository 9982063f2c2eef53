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
import { ApiError } from './api/problem';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      // A refusal will not change by asking again; a network hiccup may.
      retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
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
