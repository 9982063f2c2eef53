import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The web application is built into dist/web, which the API serves under `/`.
// In development (`npm run dev:web`) Vite proxies the API routes to a running API.
const apiRoutes = [
  '/auth',
  '/users',
  '/agencies',
  '/plans',
  '/tasks',
  '/dashboard',
  '/audit',
  '/notifications',
  '/health',
  '/docs',
  '/queues',
];

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    rollupOptions: {
      // antd and react-query mark their modules "use client" for React Server Components; a
      // single-page app has none, and the hundreds of warnings would bury the build's output.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  oxc: { jsx: { runtime: 'automatic' } },
  server: {
    proxy: Object.fromEntries(apiRoutes.map((route) => [route, 'http://localhost:3000'])),
  },
});
