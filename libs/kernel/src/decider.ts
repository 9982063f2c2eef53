import { Actor } from './actor';
import { DomainEvent } from './domain-event';
import { LocalDate } from './local-date';

/** What a decision may know besides the state: who asks, and when. */
export interface DecisionContext {
  readonly actor: Actor;
  readonly now: Date;
  /** Today's calendar date in Huế, derived from `now`. */
  readonly today: LocalDate;
}

/**
 * The pure heart of an aggregate: `decide` turns a command and the current state into
 * new events (or throws a DomainRuleViolation); `evolve` folds events into state.
 */
export interface Decider<State, Command, Event extends DomainEvent> {
  decide(command: Command, state: State, context: DecisionContext): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

export function fold<State, Event extends DomainEvent>(
  decider: Pick<Decider<State, unknown, Event>, 'evolve' | 'initialState'>,
  events: readonly Event[],
): State {
  return events.reduce((state, event) => decider.evolve(state, event), decider.initialState());
}
