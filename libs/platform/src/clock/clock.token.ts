/** DI token of the Clock: the system clock in production, a FixedClock in tests. */
export const CLOCK = Symbol('CLOCK');
