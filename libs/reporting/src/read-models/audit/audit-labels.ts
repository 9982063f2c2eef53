/**
 * What the audit trail knows about the things events name, as it was when each event was
 * recorded: agency names, task numbers and titles, plan numbers, indicator names and units,
 * user names. The audit projection keeps them itself (rm_audit_labels) rather than reading
 * the directory or task tables of other projections, which move at their own pace: its
 * summaries must come out the same on every replay.
 */
export interface AgencyLabel {
  readonly name: string;
  readonly shortName: string | null;
}

export interface TaskLabel {
  readonly code: string | null;
  readonly title: string;
  readonly planId: string;
  readonly leadAgencyId: string;
  readonly coordinatingAgencyIds: readonly string[];
}

export interface PlanLabel {
  /** Null when the source gives no number. */
  readonly number: string | null;
  readonly title: string;
  readonly standingAgencyId: string | null;
}

export interface IndicatorLabel {
  readonly name: string;
  readonly unit: string;
  readonly code: string | null;
  readonly planId: string;
  readonly responsibleAgencyId: string;
}

export interface UserLabel {
  readonly username: string;
  readonly displayName: string;
  readonly agencyId: string;
}

export interface LabelKinds {
  agency: AgencyLabel;
  task: TaskLabel;
  plan: PlanLabel;
  indicator: IndicatorLabel;
  user: UserLabel;
}
export type LabelKind = keyof LabelKinds;

/** Read access to the labels, for the summariser. */
export interface AuditLabels {
  get<Kind extends LabelKind>(kind: Kind, id: unknown): LabelKinds[Kind] | undefined;
}

export interface StoredLabel {
  readonly kind: LabelKind;
  readonly id: string;
  readonly label: LabelKinds[LabelKind];
  /** The checkpoint of the event that last set it: an older event never overwrites it. */
  readonly position: string;
}

/** An event as the labels see it. */
export interface LabelledEvent {
  readonly type: string;
  readonly data: object;
  readonly checkpoint: string;
}

const keyOf = (kind: LabelKind, id: string) => `${kind}\u0000${id}`;

/** The labels a batch needs, in memory, learning from each event in turn. */
export class LabelBook implements AuditLabels {
  private readonly labels = new Map<string, StoredLabel>();
  private readonly changed = new Set<string>();

  constructor(stored: readonly StoredLabel[] = []) {
    for (const label of stored) this.labels.set(keyOf(label.kind, label.id), label);
  }

  get<Kind extends LabelKind>(kind: Kind, id: unknown): LabelKinds[Kind] | undefined {
    if (typeof id !== 'string') return undefined;
    return this.labels.get(keyOf(kind, id))?.label as LabelKinds[Kind] | undefined;
  }

  /** Labels set or changed since the book was loaded, to be saved with the batch. */
  changes(): StoredLabel[] {
    return [...this.changed].map((key) => this.labels.get(key)!);
  }

  /** Takes what the event says about names and numbers. */
  learn(event: LabelledEvent): void {
    const d = event.data as Record<string, unknown>;
    const str = (value: unknown) => (typeof value === 'string' ? value : null);
    switch (event.type) {
      case 'AgencyRegistered':
        this.set(event, 'agency', d.agencyId, { name: String(d.name), shortName: str(d.shortName) });
        return;
      case 'AgencyRenamed':
        this.set(event, 'agency', d.agencyId, { name: String(d.newName), shortName: str(d.newShortName) });
        return;
      case 'TaskAssigned':
        this.set(event, 'task', d.taskId, {
          code: str(d.code),
          title: String(d.title),
          planId: String(d.planId),
          leadAgencyId: String(d.leadAgencyId),
          coordinatingAgencyIds: Array.isArray(d.coordinatingAgencyIds)
            ? d.coordinatingAgencyIds.map(String)
            : [],
        });
        return;
      case 'TaskReassigned': {
        const task = this.get('task', d.taskId);
        if (task) {
          const to = String(d.toAgencyId);
          this.set(event, 'task', d.taskId, {
            ...task,
            leadAgencyId: to,
            coordinatingAgencyIds: task.coordinatingAgencyIds.filter((id) => id !== to),
          });
        }
        return;
      }
      case 'PlanIssued':
        this.set(event, 'plan', d.planId, {
          number: str(d.number),
          title: String(d.title),
          standingAgencyId: str(d.standingAgencyId),
        });
        return;
      case 'IndicatorDefined':
        this.set(event, 'indicator', d.indicatorId, {
          name: String(d.name),
          unit: String(d.unit),
          code: str(d.code),
          planId: String(d.planId),
          responsibleAgencyId: String(d.responsibleAgencyId),
        });
        return;
      case 'UserRegistered':
        this.set(event, 'user', d.userId, {
          username: String(d.username),
          displayName: String(d.displayName),
          agencyId: String(d.agencyId),
        });
        return;
      case 'UserMovedToAgency': {
        const user = this.get('user', d.userId);
        if (user) this.set(event, 'user', d.userId, { ...user, agencyId: String(d.newAgencyId) });
        return;
      }
    }
  }

  private set<Kind extends LabelKind>(
    event: LabelledEvent,
    kind: Kind,
    id: unknown,
    label: LabelKinds[Kind],
  ): void {
    if (typeof id !== 'string') return;
    const key = keyOf(kind, id);
    const current = this.labels.get(key);
    if (current && current.position >= event.checkpoint) return;
    this.labels.set(key, { kind, id, label, position: event.checkpoint });
    this.changed.add(key);
  }
}

/** Ids in an event's data that name agencies: `...agencyId` fields and `...AgencyIds` lists. */
export function agencyIdsIn(data: object): string[] {
  const ids: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (/agencyId$/i.test(key) && typeof value === 'string') ids.push(value);
    if (/agencyIds$/i.test(key) && Array.isArray(value))
      ids.push(...value.filter((id): id is string => typeof id === 'string'));
  }
  return ids;
}
