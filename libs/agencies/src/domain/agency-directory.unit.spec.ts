import { fold } from '@giaoviec/kernel';
import { agencyDecider } from './agency-decider';
import {
  activeCommunes,
  agencyDirectoryEntry,
  agencyDirectoryFrom,
  currentSuccessor,
} from './agency-directory';
import { AgencyEvent } from './agency-events';
import { communeA, communeB, communeNew, dost } from './testing/agency-fixtures';

const history: AgencyEvent[] = [
  dost,
  communeB,
  communeA,
  communeNew,
  {
    type: 'AgenciesMerged',
    data: {
      agencyId: 'phuong-moi',
      mergedAgencyIds: ['phuong-a'],
      effectiveOn: '2025-07-01',
      decisionRef: 'NQ-1',
    },
  },
  {
    type: 'AgencyRetired',
    data: {
      agencyId: 'phuong-a',
      reason: 'Merged.',
      mergedIntoAgencyId: 'phuong-moi',
      effectiveOn: '2025-07-01',
    },
  },
  {
    type: 'AgencyRenamed',
    data: {
      agencyId: 'phuong-moi',
      previousName: 'UBND phường Mới',
      newName: 'UBND phường Đông',
      effectiveOn: '2025-08-01',
    },
  },
];

describe('agency directory', () => {
  it('lists the active communes only, by name', () => {
    const directory = agencyDirectoryFrom(history);
    expect(activeCommunes(directory).map((entry) => [entry.agencyId, entry.name])).toEqual([
      ['phuong-b', 'UBND phường B'],
      ['phuong-moi', 'UBND phường Đông'],
    ]);
  });

  it('follows a merged commune to the agency now holding its work', () => {
    const directory = agencyDirectoryFrom(history);
    expect(currentSuccessor(directory, 'phuong-a')?.agencyId).toBe('phuong-moi');
    expect(currentSuccessor(directory, 'phuong-b')?.agencyId).toBe('phuong-b');
    expect(currentSuccessor(directory, 'unknown')).toBeUndefined();
  });

  it('derives the same entry from one stream state', () => {
    const state = fold(
      agencyDecider,
      history.filter((event) => event.data.agencyId === 'phuong-a'),
    );
    expect(agencyDirectoryEntry(state)).toEqual(agencyDirectoryFrom(history)['phuong-a']);
    expect(agencyDirectoryEntry(agencyDecider.initialState())).toBeUndefined();
  });
});
