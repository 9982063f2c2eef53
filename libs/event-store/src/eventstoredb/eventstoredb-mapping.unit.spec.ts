import { ANY, NO_STREAM } from '@eventstore/db-client';
import {
  compareEsdbPositions,
  decodeEsdbCheckpoint,
  encodeEsdbCheckpoint,
  isSystemEvent,
  serverFilterOf,
  toExpectedRevision,
  versionOfCurrentRevision,
  versionOfRevision,
} from './eventstoredb-mapping';

describe('EventStoreDB mapping', () => {
  describe('checkpoints', () => {
    it('round-trips a position through a fixed-width commit:prepare string', () => {
      const position = { commit: 1234n, prepare: 1200n };
      expect(encodeEsdbCheckpoint(position)).toBe('00000000000000001234:00000000000000001200');
      expect(decodeEsdbCheckpoint(encodeEsdbCheckpoint(position))).toEqual(position);
      const max = { commit: 18_446_744_073_709_551_615n, prepare: 18_446_744_073_709_551_615n };
      expect(decodeEsdbCheckpoint(encodeEsdbCheckpoint(max))).toEqual(max);
    });

    it('accepts unpadded checkpoints and refuses anything else', () => {
      expect(decodeEsdbCheckpoint('5:3')).toEqual({ commit: 5n, prepare: 3n });
      for (const bad of ['', '5', '5:', 'a:b', '-1:0', '00000000000000000001:00000000000000000001:1']) {
        expect(() => decodeEsdbCheckpoint(bad)).toThrow(TypeError);
      }
    });

    it('orders checkpoint strings as it orders positions', () => {
      const positions = [
        { commit: 9n, prepare: 9n },
        { commit: 10n, prepare: 2n },
        { commit: 10n, prepare: 10n },
        { commit: 99_999n, prepare: 1n },
        { commit: 100_000n, prepare: 0n },
      ];
      const encoded = positions.map(encodeEsdbCheckpoint);
      expect([...encoded].sort()).toEqual(encoded);
      for (let i = 1; i < positions.length; i++)
        expect(compareEsdbPositions(positions[i - 1], positions[i])).toBe(-1);
      expect(compareEsdbPositions(positions[2], { ...positions[2] })).toBe(0);
    });
  });

  describe('versions and revisions', () => {
    it("maps version n to revision n - 1, 0 to no stream and 'any' to any", () => {
      expect(toExpectedRevision('any')).toBe(ANY);
      expect(toExpectedRevision(0)).toBe(NO_STREAM);
      expect(toExpectedRevision(1)).toBe(0n);
      expect(toExpectedRevision(42)).toBe(41n);
    });

    it('refuses versions that are not whole numbers >= 0', () => {
      for (const bad of [-1, 1.5, Number.NaN]) expect(() => toExpectedRevision(bad)).toThrow(RangeError);
    });

    it('maps revisions back to versions', () => {
      expect(versionOfRevision(0n)).toBe(1);
      expect(versionOfRevision(41n)).toBe(42);
      expect(versionOfCurrentRevision(NO_STREAM)).toBe(0);
      expect(versionOfCurrentRevision(4n)).toBe(5);
    });
  });

  describe('filters', () => {
    it('filters stream prefixes on the server', () => {
      expect(
        serverFilterOf({ streamPrefixes: ['task-', 'plan-'], eventTypes: ['TaskAssigned'] }),
      ).toMatchObject({
        filterOn: 'streamName',
        prefixes: ['task-', 'plan-'],
      });
    });

    it('filters exact event types with an anchored, escaped regex', () => {
      const filter = serverFilterOf({ eventTypes: ['TaskAssigned', 'Odd.Type+1'] });
      expect(filter).toMatchObject({ filterOn: 'eventType' });
      const regex = new RegExp((filter as { regex: string }).regex);
      expect(['TaskAssigned', 'Odd.Type+1'].every((type) => regex.test(type))).toBe(true);
      expect(
        ['TaskAssignedV2', 'XTaskAssigned', 'OddxType+1', 'OddType1'].some((type) => regex.test(type)),
      ).toBe(false);
    });

    it('leaves system events out when there is no filter', () => {
      const filter = serverFilterOf(undefined) as { filterOn: string; regex: string };
      expect(filter.filterOn).toBe('eventType');
      expect(new RegExp(filter.regex).test('$statsCollected')).toBe(false);
      expect(new RegExp(filter.regex).test('TaskAssigned')).toBe(true);
    });

    it('recognises EventStoreDB system events', () => {
      expect(isSystemEvent('$stats-127.0.0.1:2113', 'stats')).toBe(true);
      expect(isSystemEvent('task-1', '$>')).toBe(true);
      expect(isSystemEvent('task-1', 'TaskAssigned')).toBe(false);
    });
  });
});
