import { DomainRuleViolation } from './domain-error';
import { endOfLocalDate, lastInstantOf, pointInTime } from './as-of';
import { localDateAt } from './local-date';

describe('a point in time asked with ?asOf=', () => {
  it('ends a day of Huế at 00:00 of the next day, +07:00', () => {
    expect(endOfLocalDate('2026-06-30').toISOString()).toBe('2026-06-30T17:00:00.000Z');
    expect(endOfLocalDate('2026-12-31').toISOString()).toBe('2026-12-31T17:00:00.000Z');
    expect(localDateAt(lastInstantOf('2026-06-30'))).toBe('2026-06-30');
    expect(localDateAt(endOfLocalDate('2026-06-30'))).toBe('2026-07-01');
  });

  it('answers live without a date and for today, whose end has not come', () => {
    expect(pointInTime(undefined, '2026-07-15')).toEqual({ kind: 'live' });
    expect(pointInTime('2026-07-15', '2026-07-15')).toEqual({ kind: 'live' });
  });

  it('looks back on a past day: everything recorded before its end', () => {
    expect(pointInTime('2026-06-30', '2026-07-15')).toEqual({
      kind: 'past',
      day: '2026-06-30',
      recordedBefore: new Date('2026-06-30T17:00:00.000Z'),
    });
  });

  it('refuses a day still to come, naming the rule', () => {
    expect(() => pointInTime('2026-07-16', '2026-07-15')).toThrow(DomainRuleViolation);
    try {
      pointInTime('2026-07-16', '2026-07-15');
    } catch (error) {
      expect(error).toMatchObject({
        rule: 'read_models.as_of_in_future',
        kind: 'unprocessable',
        details: { asOf: '2026-07-16', today: '2026-07-15' },
      });
    }
  });
});
