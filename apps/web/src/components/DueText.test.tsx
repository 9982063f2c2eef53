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

  it("counts the days late, preferring the server's count", () => {
    expect(shown({ dueDate: '2026-11-25', today: '2026-12-07', closed: false })).toBe('Quá hạn 12 ngày');
    expect(shown({ dueDate: '2026-11-25', today: '2026-12-07', closed: false, daysOverdue: 11 })).toBe(
      'Quá hạn 11 ngày',
    );
  });

  it('shows a dash once the task is closed or has no deadline', () => {
    expect(shown({ dueDate: '2026-11-25', today: '2026-12-07', closed: true })).toBe('—');
    expect(shown({ dueDate: null, today: '2026-12-07', closed: false })).toBe('—');
  });
});
