import { Actor } from '../actor';
import { Decider, DecisionContext, fold } from '../decider';
import { DomainEvent } from '../domain-event';
import { DomainRuleViolation } from '../domain-error';
import { localDateAt } from '../local-date';

/** A context for decider tests: an actor and a moment, both overridable. */
export function decisionContext(
  overrides: Partial<Omit<DecisionContext, 'today'>> & { at?: string } = {},
): DecisionContext {
  const now = overrides.now ?? new Date(overrides.at ?? '2026-06-01T02:00:00.000Z');
  const actor: Actor = overrides.actor ?? {
    userId: 'user-test',
    agencyId: 'agency-test',
    role: 'standing_office',
  };
  return { actor, now, today: localDateAt(now) };
}

/**
 * given(events).when(command).then(events): the style every rule of the domain is tested in.
 *
 *   givenEvents(taskDecider, [assigned]).when(acknowledge, ctx).then([acknowledged]);
 *   givenEvents(taskDecider, [assigned, cancelled]).when(report, ctx).thenFails('task.closed');
 */
export function givenEvents<S, C, E extends DomainEvent>(decider: Decider<S, C, E>, history: readonly E[]) {
  return {
    when(command: C, context: DecisionContext = decisionContext()) {
      const run = () => decider.decide(command, fold(decider, history), context);
      return {
        then(expected: readonly E[]): E[] {
          const actual = run();
          expect(actual).toEqual(expected);
          return actual;
        },
        /** For events holding values the test cannot know beforehand. */
        thenMatch(expected: readonly Partial<E>[]): E[] {
          const actual = run();
          expect(actual).toMatchObject(expected);
          expect(actual).toHaveLength(expected.length);
          return actual;
        },
        thenFails(rule: string): DomainRuleViolation {
          let caught: unknown;
          try {
            run();
          } catch (error) {
            caught = error;
          }
          expect(caught).toBeInstanceOf(DomainRuleViolation);
          expect((caught as DomainRuleViolation).rule).toBe(rule);
          return caught as DomainRuleViolation;
        },
      };
    },
  };
}
