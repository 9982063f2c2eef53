/** A versioned schema change. Never edit one that has shipped: add the next. */
export interface Migration {
  readonly name: string;
  readonly up: string;
}
