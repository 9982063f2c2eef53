import { ApiProperty } from '@nestjs/swagger';
import { ROLES } from '@giaoviec/kernel';
import { ApiFreeForm, ApiInstant, ApiNullable } from '@giaoviec/platform';
import type { AuditEntry, AuditPage } from './audit.queries';

/** The response shapes of GET /audit (JSON). */
export class AuditActorView implements Readonly<AuditEntry['actor']> {
  @ApiNullable(String) userId!: string | null;
  @ApiNullable(String, { description: 'Null for the system, or a user the log does not know' })
  displayName!: string | null;
  @ApiNullable(String) agencyId!: string | null;
  @ApiNullable(String) agencyName!: string | null;
  @ApiProperty({ enum: ROLES, enumName: 'Role', nullable: true }) role!: string | null;
}

export class AuditEntryView implements AuditEntry {
  @ApiProperty({ description: 'Position in the global log; the order of the trail' }) position!: string;
  @ApiProperty() eventId!: string;
  @ApiProperty({ example: 'task-kh-495-iii-1' }) streamId!: string;
  @ApiProperty({ type: 'integer' }) streamVersion!: number;
  @ApiProperty({ example: 'TaskAcknowledged' }) type!: string;
  @ApiProperty({ type: AuditActorView }) actor!: AuditActorView;
  @ApiNullable(String) planId!: string | null;
  @ApiNullable(String) taskId!: string | null;
  @ApiNullable(String, { description: 'The agency the event is mainly about' }) agencyId!: string | null;
  @ApiNullable(String) indicatorId!: string | null;
  @ApiProperty({ type: [String], description: "Every agency the event concerns, and the actor's" })
  agencyIds!: string[];
  @ApiInstant({ nullable: true, description: 'When it happened' }) occurredAt!: string | null;
  @ApiInstant({ description: 'When the log recorded it' }) recordedAt!: string;
  @ApiProperty({ description: 'One Vietnamese sentence, e.g. "Sở Tài chính đã tiếp nhận nhiệm vụ II.1"' })
  summary!: string;
  @ApiFreeForm("The event's data, as recorded; its members depend on `type`") data!: object;
  @ApiFreeForm('The metadata: actor, correlation, causation and command ids, when it happened')
  metadata!: object;
}

export class AuditPageView implements AuditPage {
  @ApiProperty({ type: 'integer' }) limit!: number;
  @ApiNullable(String, { description: 'Pass as `cursor` for the next page; null on the last page' })
  nextCursor!: string | null;
  @ApiProperty({ type: [AuditEntryView] }) items!: AuditEntryView[];
}
