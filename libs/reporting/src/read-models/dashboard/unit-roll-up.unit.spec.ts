import { rollUpTarget, rollUpUnits, unitsBelow, type AgencyInHierarchy } from './unit-roll-up';

const agency = (agencyId: string, parentAgencyId: string | null): AgencyInHierarchy => ({
  agencyId,
  parentAgencyId,
  name: `Tên ${agencyId}`,
  shortName: null,
  kind: parentAgencyId === null ? 'department' : 'other',
});
const HIERARCHY = [agency('so', null), agency('trung-tam', 'so'), agency('to', 'trung-tam')];
const row = (agencyId: string, total: number) => ({
  agencyId,
  agencyName: agencyId,
  shortName: null,
  kind: null,
  counts: total,
});
const add = (a: number, b: number) => a + b;

describe('rolling units up into their department', () => {
  it('climbs to the top agency, or to the highest one inside the set given', () => {
    const parents = new Map(HIERARCHY.map((a) => [a.agencyId, a.parentAgencyId]));
    expect(rollUpTarget('to', parents)).toBe('so');
    expect(rollUpTarget('to', parents, { within: new Set(['trung-tam', 'to']) })).toBe('trung-tam');
    expect(rollUpTarget('khac', parents)).toBe('khac');
  });

  it('sums a department with its units and lists each unit beneath it', () => {
    expect(
      rollUpUnits([row('so', 2), row('to', 1), row('khac', 4), row('trung-tam', 3)], HIERARCHY, add),
    ).toEqual([{ ...row('so', 6), units: [row('to', 1), row('trung-tam', 3)] }, row('khac', 4)]);
  });

  it('names a department that has no task of its own from the directory', () => {
    expect(rollUpUnits([row('trung-tam', 3)], HIERARCHY, add)).toEqual([
      {
        agencyId: 'so',
        agencyName: 'Tên so',
        shortName: null,
        kind: 'department',
        counts: 3,
        units: [row('trung-tam', 3)],
      },
    ]);
  });

  it('finds every unit below an agency, and survives a cycle in bad data', () => {
    expect(unitsBelow('so', HIERARCHY).sort()).toEqual(['to', 'trung-tam']);
    const cyclic = [agency('a', 'b'), agency('b', 'a')];
    expect(unitsBelow('a', cyclic)).toEqual(['b']);
    expect(rollUpUnits([row('a', 1), row('b', 1)], cyclic, add)).toHaveLength(2);
  });
});
