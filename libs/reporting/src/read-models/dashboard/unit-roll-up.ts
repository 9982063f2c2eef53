/**
 * Dashboards count a department together with its units (a centre under a Sở, a team under
 * the centre): the department's row holds the sum, and lists each unit's own figures below.
 * Pure: the hierarchy and the per-agency counts come in, the rolled-up rows go out.
 */

export interface AgencyInHierarchy {
  readonly agencyId: string;
  readonly parentAgencyId: string | null;
  readonly name: string | null;
  readonly shortName: string | null;
  readonly kind: string | null;
}

export interface CountedAgency<Counts> {
  readonly agencyId: string;
  readonly agencyName: string | null;
  readonly shortName: string | null;
  readonly kind: string | null;
  readonly counts: Counts;
  /** The units rolled into this row, each with its own figures; absent for an agency without units counted. */
  readonly units?: CountedAgency<Counts>[];
}

export interface RollUpOptions {
  /**
   * The agencies a row may roll up to (an agency head's own and its units): a unit climbs to
   * its highest ancestor inside this set, so a centre's head never sees a department row
   * holding only the centre's figures. Absent: climb to the top.
   */
  readonly within?: ReadonlySet<string>;
}

/** Each agency's chain of parents, nearest first, stopping at a repeat so a bad cycle cannot hang it. */
function ancestorsOf(agencyId: string, parents: ReadonlyMap<string, string | null>): string[] {
  const chain: string[] = [];
  let current = parents.get(agencyId) ?? null;
  while (current !== null && current !== agencyId && !chain.includes(current)) {
    chain.push(current);
    current = parents.get(current) ?? null;
  }
  return chain;
}

/** The row an agency's figures are counted in. */
export function rollUpTarget(
  agencyId: string,
  parents: ReadonlyMap<string, string | null>,
  options: RollUpOptions = {},
): string {
  let target = agencyId;
  for (const ancestor of ancestorsOf(agencyId, parents)) {
    if (options.within !== undefined && !options.within.has(ancestor)) break;
    target = ancestor;
  }
  return target;
}

/** Every agency under `agencyId`, at any depth. */
export function unitsBelow(agencyId: string, hierarchy: readonly AgencyInHierarchy[]): string[] {
  const parents = new Map(hierarchy.map((agency) => [agency.agencyId, agency.parentAgencyId]));
  return hierarchy
    .filter(
      (agency) => agency.agencyId !== agencyId && ancestorsOf(agency.agencyId, parents).includes(agencyId),
    )
    .map((agency) => agency.agencyId);
}

/**
 * Folds per-agency rows into one row per top agency, in the order the top agencies first
 * appear (the caller's order, by name). `add` sums two counts.
 */
export function rollUpUnits<Counts>(
  rows: readonly CountedAgency<Counts>[],
  hierarchy: readonly AgencyInHierarchy[],
  add: (a: Counts, b: Counts) => Counts,
  options: RollUpOptions = {},
): CountedAgency<Counts>[] {
  const parents = new Map(hierarchy.map((agency) => [agency.agencyId, agency.parentAgencyId]));
  const known = new Map(hierarchy.map((agency) => [agency.agencyId, agency]));
  const rolled = new Map<string, { own?: CountedAgency<Counts>; units: CountedAgency<Counts>[] }>();
  for (const row of rows) {
    const target = rollUpTarget(row.agencyId, parents, options);
    const entry = rolled.get(target) ?? { units: [] };
    if (target === row.agencyId) entry.own = row;
    else entry.units.push(row);
    rolled.set(target, entry);
  }
  return [...rolled.entries()].map(([agencyId, { own, units }]) => {
    if (units.length === 0) return own!;
    const agency = known.get(agencyId);
    const base: CountedAgency<Counts> = own ?? {
      agencyId,
      agencyName: agency?.name ?? null,
      shortName: agency?.shortName ?? null,
      kind: agency?.kind ?? null,
      counts: units.map((unit) => unit.counts).reduce(add),
    };
    const counts = own === undefined ? base.counts : units.map((unit) => unit.counts).reduce(add, own.counts);
    return { ...base, counts, units };
  });
}
