import { newTestEvent } from '../testing/new-test-event';
import { validateNewEvents } from './validate-new-events';

describe('validateNewEvents', () => {
  it('returns the ids in lower case', () => {
    const event = newTestEvent('X', {}, { eventId: '5F1D3C1E-2B7A-4C8E-9A61-3F0E8D2B7C44' });
    expect(validateNewEvents('task-1', [event])).toEqual(['5f1d3c1e-2b7a-4c8e-9a61-3f0e8d2b7c44']);
  });

  it('refuses an empty stream id, an empty append, ids that are not UUIDs, and an id twice', () => {
    const event = newTestEvent();
    expect(() => validateNewEvents('', [event])).toThrow(TypeError);
    expect(() => validateNewEvents('task-1', [])).toThrow(TypeError);
    expect(() => validateNewEvents('task-1', [newTestEvent('X', {}, { eventId: 'cmd-1' })])).toThrow(
      TypeError,
    );
    expect(() =>
      validateNewEvents('task-1', [event, { ...event, eventId: event.eventId.toUpperCase() }]),
    ).toThrow(TypeError);
  });
});
