import { Injectable, OnModuleInit, Optional } from '@nestjs/common';
import { ResourceOwners } from '@giaoviec/platform';
import type { AgencyDirectory } from '../domain';
import { AgencyDirectoryReader } from './agency-directory.reader';

/** Every unit under `agencyId`, at any depth (a centre under a department, a team under it). */
export function unitsUnder(directory: AgencyDirectory, agencyId: string): string[] {
  const units: string[] = [];
  const pending = [agencyId];
  while (pending.length > 0) {
    const parent = pending.pop()!;
    for (const entry of Object.values(directory)) {
      if (entry.parentAgencyId === parent && entry.agencyId !== agencyId && !units.includes(entry.agencyId)) {
        units.push(entry.agencyId);
        pending.push(entry.agencyId);
      }
    }
  }
  return units;
}

/** Tells the policy which agencies are an agency's units, so its head sees their tasks. */
@Injectable()
export class AgencyUnits implements OnModuleInit {
  constructor(
    private readonly directory: AgencyDirectoryReader,
    // Absent where no request is authorized (the CLI): nothing to tell then.
    @Optional() private readonly owners?: ResourceOwners,
  ) {}

  onModuleInit(): void {
    this.owners?.registerUnits(async (agencyId) => unitsUnder(await this.directory.current(), agencyId));
  }
}
