import { Injectable } from '@nestjs/common';
import type { Ownership } from './policy-table';

/**
 * Tells which agencies "own" a resource in the sense of an Ownership: each context
 * registers the resolvers of its own resources (the tasks context for tasks...), so the
 * policy module depends on no context. Undefined: the resource does not exist, and the
 * handler answers 404 as it would for anyone.
 */
export type OwnerResolver = (resourceId: string) => Promise<readonly string[] | undefined>;

/** The units under an agency (centres under a department, and theirs), from the agency directory. */
export type UnitsResolver = (agencyId: string) => Promise<readonly string[]>;

@Injectable()
export class ResourceOwners {
  private readonly resolvers = new Map<Ownership, OwnerResolver>();
  private units: UnitsResolver = async () => [];

  register(ownership: Exclude<Ownership, 'none'>, resolver: OwnerResolver): void {
    this.resolvers.set(ownership, resolver);
  }

  /** Registered by the agencies context; until then no agency has units. */
  registerUnits(resolver: UnitsResolver): void {
    this.units = resolver;
  }

  unitsOf(agencyId: string): Promise<readonly string[]> {
    return this.units(agencyId);
  }

  async ownersOf(
    ownership: Exclude<Ownership, 'none'>,
    resourceId: string,
  ): Promise<readonly string[] | undefined> {
    const resolver = this.resolvers.get(ownership);
    if (!resolver)
      throw new Error(`No owner resolver registered for ${ownership}; register one in its context's module`);
    return resolver(resourceId);
  }
}
