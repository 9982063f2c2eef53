/**
 * An event as the domain sees it: a stable past-tense type and plain JSON data.
 * Events are data, never classes, so the persisted names cannot drift with a refactor.
 */
export interface DomainEvent<Type extends string = string, Data extends object = object> {
  readonly type: Type;
  readonly data: Data;
}
