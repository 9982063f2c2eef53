import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import './labels/dates';

// antd measures the window and listens to media queries; jsdom has neither.
window.matchMedia ??= ((query: string) => ({
  matches: false,
  media: query,
  onchange: null,
  addListener: () => undefined,
  removeListener: () => undefined,
  addEventListener: () => undefined,
  removeEventListener: () => undefined,
  dispatchEvent: () => false,
})) as typeof window.matchMedia;

afterEach(() => cleanup());
