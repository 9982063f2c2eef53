/** A command is plain data, like an event: `{ type, data }`. */
export interface PlanningCommandOf<Type extends string, Data extends object> {
  readonly type: Type;
  readonly data: Data;
}
