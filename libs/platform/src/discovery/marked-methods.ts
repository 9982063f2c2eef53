import type { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';

export interface MarkedMethod<Mark> {
  /** The value the decorator stored under the key. */
  readonly mark: Mark;
  /** `Class.method`, for messages. */
  readonly where: string;
  /** The method bound to its provider. */
  readonly call: (...args: never[]) => Promise<unknown>;
}

/**
 * Every method of the application's (static) providers that a `SetMetadata(key, …)` decorator
 * marked, found at module init: how a component declares a job handler or a healing step
 * where it lives, instead of being listed by hand.
 */
export function findMarkedMethods<Mark>(
  key: symbol,
  {
    discovery,
    scanner,
    reflector,
  }: { discovery: DiscoveryService; scanner: MetadataScanner; reflector: Reflector },
): Array<MarkedMethod<Mark>> {
  const found: Array<MarkedMethod<Mark>> = [];
  for (const wrapper of discovery.getProviders()) {
    const instance: unknown = wrapper.instance;
    if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
    const prototype = Object.getPrototypeOf(instance) as object;
    for (const method of scanner.getAllMethodNames(prototype)) {
      const fn = (instance as Record<string, unknown>)[method];
      if (typeof fn !== 'function') continue;
      const mark = reflector.get<Mark | undefined>(key, fn as () => unknown);
      if (mark === undefined) continue;
      found.push({
        mark,
        where: `${instance.constructor.name}.${method}`,
        call: (fn as (...args: never[]) => Promise<unknown>).bind(instance),
      });
    }
  }
  return found;
}
