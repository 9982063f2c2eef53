import { describe, expect, it } from 'vitest';
import { deadlineGivenWords } from './deadline-given-words';

describe('how the first deadline was given, in words', () => {
  it('names a count of working days and the day it ran from', () => {
    expect(
      deadlineGivenWords({ dueDate: '2026-12-21', dueDateGiven: { workingDays: 10, from: '2026-12-07' } }),
    ).toBe('trong 10 ngày làm việc kể từ 07/12/2026');
  });

  it('names the day off a due date was moved from', () => {
    expect(deadlineGivenWords({ dueDate: '2026-09-03', dueDateRolledFrom: '2026-09-02' })).toBe(
      'chuyển từ 02/09/2026 (ngày nghỉ)',
    );
  });

  it('says nothing of a date given as such', () => {
    expect(deadlineGivenWords({ dueDate: '2026-09-03' })).toBeNull();
    expect(deadlineGivenWords(undefined)).toBeNull();
  });
});
