import { IdempotencyConflictError } from '../event-store.errors';
import { classifyRepeatedAppend } from './repeated-append';

describe('classifyRepeatedAppend', () => {
  const stored = (eventId: string, streamVersion: number, streamId = 'task-1') => ({
    eventId,
    streamId,
    streamVersion,
  });

  it('sees a new append when none of the ids is stored', () => {
    expect(classifyRepeatedAppend('task-1', ['a', 'b'], [])).toEqual({ kind: 'none' });
  });

  it('sees a repeat when every id is in the stream, in order, back to back', () => {
    expect(classifyRepeatedAppend('task-1', ['a', 'b'], [stored('b', 4), stored('a', 3)])).toEqual({
      kind: 'repeat',
      last: stored('b', 4),
    });
    expect(classifyRepeatedAppend('task-1', ['A'], [stored('a', 1)])).toEqual({
      kind: 'repeat',
      last: stored('a', 1),
    });
  });

  it('refuses some of the ids, another order, a gap, or another stream', () => {
    const cases = [
      { ids: ['a', 'c'], found: [stored('a', 1)] },
      { ids: ['b', 'a'], found: [stored('a', 1), stored('b', 2)] },
      { ids: ['a', 'b'], found: [stored('a', 1), stored('b', 3)] },
      { ids: ['a'], found: [stored('a', 1, 'task-2')] },
    ];
    for (const { ids, found } of cases)
      expect(() => classifyRepeatedAppend('task-1', ids, found)).toThrow(IdempotencyConflictError);
  });
});
