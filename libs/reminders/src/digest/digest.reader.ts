import { Inject, Injectable } from '@nestjs/common';
import { addDays, vietnamWorkingDays, type LocalDate } from '@giaoviec/kernel';
import { READ_MODEL_STORE, type ReadModelStore } from '@giaoviec/reporting';
import type { DigestRow, DigestSection } from './digest-content';

type Row = {
  section: DigestSection;
  task_id: string;
  code: string | null;
  title: string;
  plan_number: string | null;
  lead_agency_id: string;
  lead_agency_name: string | null;
  due_date: string;
  escalation_level: 'standing_office' | 'steering_committee' | null;
};

const SCHEMA_NAME = /^[a-z_][a-z0-9_$]{0,62}$/;

/**
 * The rows of the morning digest from the read models (rm_tasks, rm_plans, rm_agencies), for
 * tasks still owing work (assigned or in progress):
 * - became overdue: due on the last working day or on the days off since (so overdue since
 *   the last digest: Monday's covers what fell due on Friday and over the weekend);
 * - escalated: escalated since the last working day (the escalation job runs at its own hour);
 * - due this week: due today or in the six days after.
 */
@Injectable()
export class DigestReader {
  constructor(@Inject(READ_MODEL_STORE) private readonly store: ReadModelStore) {}

  async rows(today: LocalDate): Promise<DigestRow[]> {
    // The digest goes out on working days only (DigestService), so it covers the days off before it.
    const lastDigestDay = vietnamWorkingDays.previousWorkingDay(today);
    const weekEnd = addDays(today, 6);
    const rows = await this.store.read<Row>((schema) => {
      if (!SCHEMA_NAME.test(schema)) throw new Error(`Invalid read-model schema name: ${schema}`);
      const select = (section: DigestSection, condition: string) =>
        `SELECT '${section}' AS section, t.task_id, t.code, t.title, p.number AS plan_number, t.lead_agency_id,
                a.name AS lead_agency_name, to_char(t.due_date, 'YYYY-MM-DD') AS due_date,
                t.escalation_level
           FROM ${schema}.rm_tasks t
           LEFT JOIN ${schema}.rm_plans p ON p.plan_id = t.plan_id
           LEFT JOIN ${schema}.rm_agencies a ON a.agency_id = t.lead_agency_id
          WHERE t.status IN ('assigned', 'in_progress') AND t.due_date IS NOT NULL AND ${condition}`;
      return {
        text: [
          select('became_overdue', 't.due_date >= $2::date AND t.due_date < $1::date'),
          select('escalated', 't.escalation_level IS NOT NULL AND t.escalated_on >= $2::date'),
          select('due_this_week', 't.due_date BETWEEN $1::date AND $3::date'),
        ].join('\nUNION ALL\n'),
        values: [today, lastDigestDay, weekEnd],
      };
    });
    return rows.map((row) => ({
      section: row.section,
      taskId: row.task_id,
      code: row.code,
      title: row.title,
      planNumber: row.plan_number,
      leadAgencyId: row.lead_agency_id,
      leadAgencyName: row.lead_agency_name,
      dueDate: row.due_date,
      daysOverdue: Math.max(0, vietnamWorkingDays.workingDaysBetweenBestKnown(row.due_date, today)),
      escalationLevel: row.escalation_level,
    }));
  }
}
