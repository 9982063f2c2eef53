import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { DueText } from './DueText';

const shown = (props: Parameters<typeof DueText>[0]) => render(<DueText {...props} />).container.textContent;

describe('DueText: days left or late, in words', () => {
  it('counts the days left to the deadline', () => {
    expect(shown({ dueDate: '2026-12-16', today: '2026-12-07', closed: false })).toBe('Còn 9 ngày');
  });

  it('says a deadline is today', () => {
    expect(shown({ dueDate: '2026-12-07', today: '2026-12-07', closed: false })).toBe('Đến hạn hôm nay');
  });

  it('counts the days late in working days as the server gives them, in calendar days without', () => {
    expect(shown({ dueDate: '2026-11-25', today: '2026-12-07', closed: false })).toBe('Quá hạn 12 ngày');
    expect(shown({ dueDate: '2026-11-25', today: '2026-12-07', closed: false, workingDaysOverdue: 8 })).toBe(
      'Quá hạn 8 ngày làm việc',
    );
    // Due on Saturday, seen on Sunday: overdue, but no working day has passed yet.
    expect(shown({ dueDate: '2026-12-05', today: '2026-12-06', closed: false, workingDaysOverdue: 0 })).toBe(
      'Quá hạn trong ngày nghỉ',
    );
  });

  it('shows a dash once the task is closed or has no deadline', () => {
    expect(shown({ dueDate: '2026-11-25', today: '2026-12-07', closed: true })).toBe('—');
    expect(shown({ dueDate: null, today: '2026-12-07', closed: false })).toBe('—');
  });
});
