import { lazy, type ComponentType } from 'react';

/**
 * A page loaded when first opened, in a chunk of its own: the officers' task list must not
 * wait for the dashboards' charts or the administrators' screens to download and parse.
 */
export function lazyPage<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
): ComponentType {
  return lazy(async (): Promise<{ default: ComponentType }> => ({ default: (await load())[name] }));
}
