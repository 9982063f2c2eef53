import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { PROJECTIONS, type Projection } from './projection';

/** Refuses a list the engine cannot run: names must be unique, every projection must say what it handles. */
export function validateProjections(projections: readonly Projection[]): readonly Projection[] {
  const names = new Set<string>();
  for (const projection of projections) {
    if (
      !projection ||
      typeof projection.apply !== 'function' ||
      typeof projection.createTables !== 'function'
    ) {
      throw new TypeError(
        `Not a Projection: ${String((projection as { name?: unknown })?.name ?? projection)}`,
      );
    }
    if (!/^[a-z][a-z0-9_.-]*$/i.test(projection.name)) {
      throw new TypeError(`Projection name "${projection.name}" must be a simple identifier`);
    }
    if (names.has(projection.name)) throw new TypeError(`Two projections are named "${projection.name}"`);
    if (!Array.isArray(projection.eventTypes)) {
      throw new TypeError(`Projection ${projection.name} must list its eventTypes`);
    }
    names.add(projection.name);
  }
  return projections;
}

/**
 * The projections the application registered under PROJECTIONS, wherever that provider
 * lives (the read models' module), looked up when first needed: the engine does not have
 * to import the module that provides them. None registered: an empty list.
 */
@Injectable()
export class ProjectionCatalog {
  private resolved?: readonly Projection[];

  constructor(private readonly moduleRef: ModuleRef) {}

  all(): readonly Projection[] {
    if (this.resolved) return this.resolved;
    let found: readonly Projection[] | undefined;
    try {
      found = this.moduleRef.get<readonly Projection[]>(PROJECTIONS, { strict: false });
    } catch {
      found = undefined;
    }
    if (!found) return [];
    this.resolved = validateProjections(found);
    return this.resolved;
  }
}
