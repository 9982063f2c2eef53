import { fold } from '@giaoviec/kernel';
import { givenEvents } from '@giaoviec/kernel/testing';
import type { ReportEvidence } from './report-evidence';
import { taskDecider } from './task.decider';
import type { TaskEvent } from './task.events';
import {
  asLead,
  completed,
  inProgress,
  LEAD,
  periodicReportSubmitted,
  progressReported,
  q2Opened,
  recurringInProgress,
  TASK_ID,
  TODAY,
  DUE,
} from './task.test-fixtures';

const signedReport: ReportEvidence = {
  evidenceId: '5b0c3c4e-0b0a-4b8e-9d43-6b6f1f7f1a01',
  fileName: 'Báo cáo số 12-BC-STC (đã ký).pdf',
  contentType: 'application/pdf',
  sizeBytes: 182_411,
  sha256: 'a3f1c9e2b7d4a6f8e0c1b2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3',
};
const photo: ReportEvidence = {
  evidenceId: '5b0c3c4e-0b0a-4b8e-9d43-6b6f1f7f1a02',
  fileName: 'hiện trường.jpg',
  contentType: 'image/jpeg',
  sizeBytes: 1_048_576,
  sha256: '0000000000000000000000000000000000000000000000000000000000000001',
};

describe('Task: evidence sent with reports', () => {
  it('a progress report records the hash, size, type and name of each file sent', () => {
    givenEvents(taskDecider, inProgress())
      .when(
        {
          type: 'ReportProgress',
          data: { taskId: TASK_ID, reportId: 'r-1', summary: 'Đã khảo sát', evidence: [signedReport, photo] },
        },
        asLead(),
      )
      .then([
        {
          type: 'ProgressReported',
          data: {
            taskId: TASK_ID,
            reportId: 'r-1',
            agencyId: LEAD,
            summary: 'Đã khảo sát',
            reportedOn: TODAY,
            evidence: [signedReport, photo],
          },
        },
      ]);
  });

  it('a report without files has no evidence member at all, as reports always had', () => {
    givenEvents(taskDecider, inProgress())
      .when(
        {
          type: 'ReportProgress',
          data: { taskId: TASK_ID, reportId: 'r-2', summary: 'Đã khảo sát', evidence: [] },
        },
        asLead(),
      )
      .then([
        {
          type: 'ProgressReported',
          data: {
            taskId: TASK_ID,
            reportId: 'r-2',
            agencyId: LEAD,
            summary: 'Đã khảo sát',
            reportedOn: TODAY,
          },
        },
      ]);
  });

  it('a completion carries the signed report', () => {
    givenEvents(taskDecider, inProgress())
      .when(
        { type: 'CompleteTask', data: { taskId: TASK_ID, result: 'Đã vận hành', evidence: [signedReport] } },
        asLead(),
      )
      .then([
        {
          type: 'TaskCompleted',
          data: {
            taskId: TASK_ID,
            agencyId: LEAD,
            result: 'Đã vận hành',
            completedOn: TODAY,
            dueDate: DUE,
            evidence: [signedReport],
          },
        },
      ]);
  });

  it('a periodic report carries its spreadsheet', () => {
    const sheet: ReportEvidence = {
      ...photo,
      fileName: 'Số liệu KPI quý II.xlsx',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    };
    const [submitted] = givenEvents(taskDecider, recurringInProgress())
      .when(
        {
          type: 'SubmitPeriodicReport',
          data: {
            taskId: TASK_ID,
            reportId: 'q2',
            periodKey: '2026-Q2',
            summary: 'KPI quý II',
            evidence: [sheet],
          },
        },
        asLead(),
      )
      .thenMatch([
        { type: 'PeriodicReportSubmitted', data: expect.objectContaining({ evidence: [sheet] }) },
        {},
      ]);
    expect(submitted.type).toBe('PeriodicReportSubmitted');
  });

  it('refuses the same file twice in one report', () => {
    givenEvents(taskDecider, inProgress())
      .when(
        {
          type: 'ReportProgress',
          data: { taskId: TASK_ID, reportId: 'r-3', summary: 'x', evidence: [photo, photo] },
        },
        asLead(),
      )
      .thenFails('evidence.duplicate');
  });

  it('refuses more than ten files in one report', () => {
    const many = Array.from({ length: 11 }, (_, i) => ({ ...photo, evidenceId: `file-${i}` }));
    givenEvents(taskDecider, inProgress())
      .when({ type: 'CompleteTask', data: { taskId: TASK_ID, result: 'Xong', evidence: many } }, asLead())
      .thenFails('evidence.too_many');
  });

  it('refuses a file without its hash', () => {
    givenEvents(taskDecider, inProgress())
      .when(
        {
          type: 'ReportProgress',
          data: { taskId: TASK_ID, reportId: 'r-4', summary: 'x', evidence: [{ ...photo, sha256: 'abc' }] },
        },
        asLead(),
      )
      .thenFails('evidence.invalid');
  });

  it('old reports recorded without evidence still fold', () => {
    const history: TaskEvent[] = [
      ...recurringInProgress(),
      periodicReportSubmitted(q2Opened(), '2026-06-10'),
      progressReported('2026-06-11'),
      completed('2026-06-20'),
    ];
    const state = fold(taskDecider, history);
    expect(state).toMatchObject({ status: 'completed', lastProgressOn: '2026-06-11' });
  });
});
