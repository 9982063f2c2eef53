import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './dates';

describe('dates as people in Huế read them', () => {
  it('shows an instant as the day and time in Huế, whatever the browser’s own zone', () => {
    expect(formatDateTime('2026-11-24T01:05:00Z')).toBe('24/11/2026 08:05');
    // Past midnight in Huế while still the day before in UTC.
    expect(formatDateTime('2026-12-31T17:30:00.000Z')).toBe('01/01/2027 00:30');
  });

  it('shows nothing it cannot read as a dash, never "Invalid Date"', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime('not a date')).toBe('—');
    expect(formatDate(undefined)).toBe('—');
  });

  it('shows a calendar date day first', () => {
    expect(formatDate('2026-02-09')).toBe('09/02/2026');
  });
});
