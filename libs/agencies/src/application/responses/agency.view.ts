import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AGENCY_KINDS, type AgencyDirectoryEntry, type AgencyKind } from '../../domain';

/** An agency as the directory lists it. */
export class AgencyView implements AgencyDirectoryEntry {
  @ApiProperty({ example: 'so-tai-chinh' }) agencyId!: string;
  @ApiProperty({ example: 'Sở Tài chính' }) name!: string;
  @ApiPropertyOptional() shortName?: string;
  @ApiProperty({ enum: AGENCY_KINDS, enumName: 'AgencyKind' }) kind!: AgencyKind;
  @ApiPropertyOptional({ description: 'The agency this one is a unit of' }) parentAgencyId?: string;
  @ApiPropertyOptional() code?: string;
  @ApiProperty({ description: 'False once retired' }) active!: boolean;
  @ApiPropertyOptional({ description: 'For a retired agency that was merged: where its work went' })
  mergedIntoAgencyId?: string;
}

/** GET /agencies/{agencyId}: the entry and the version to send back as If-Match. */
export class VersionedAgencyView extends AgencyView {
  @ApiProperty({ type: 'integer', description: 'Stream version; send it back as If-Match' }) version!: number;
}
