import { rebuildSummary } from './rebuild-summary';

describe('the rebuild command’s summary', () => {
  it('names the generation that went live and the one it retired, by number and schema', () => {
    expect(
      rebuildSummary({
        generation: 3,
        schema: 'public_rm_3',
        previous: { generation: 2, schema: 'public_rm_2' },
        eventsApplied: 1200,
        durationMs: 845.6,
      }),
    ).toBe(
      'Read models rebuilt into generation 3 (public_rm_3): 1200 events in 846 ms; now live, generation 2 (public_rm_2) retired.',
    );
  });
});
