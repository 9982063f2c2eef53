import { useSyncExternalStore } from 'react';

/**
 * The past days the API answered "being prepared" for (202), with what it said, until one of
 * their reads answers: so the banner of every as-of screen says it, whichever query asked.
 */
const preparing = new Map<string, string>();
const listeners = new Set<() => void>();
let version = 0;

function changed(): void {
  version += 1;
  for (const listener of listeners) listener();
}

export const asOfPreparation = {
  preparing(day: string, message: string): void {
    if (preparing.get(day) === message) return;
    preparing.set(day, message);
    changed();
  },
  ready(day: string): void {
    if (preparing.delete(day)) changed();
  },
};

/** What the API said of `day` while it prepares it; undefined once it answers (or never asked). */
export function useAsOfPreparation(day: string | undefined): string | undefined {
  useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => version,
  );
  return day === undefined ? undefined : preparing.get(day);
}
