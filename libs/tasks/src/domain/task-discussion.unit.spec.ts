import { givenEvents } from '@giaoviec/kernel/testing';
import type { CommentOnTask, GiveDirection } from './task.commands';
import { taskDecider } from './task.decider';
import {
  asCoordinator,
  asLead,
  asOutsider,
  asStandingOffice,
  cancelled,
  COORDINATOR,
  inProgress,
  LEAD,
  on,
  OUTSIDER,
  STANDING_OFFICE,
  TASK_ID,
  TODAY,
} from './task.test-fixtures';

const LEADERSHIP = 'ban-chi-dao';
const asLeadership = () => on(TODAY, LEADERSHIP, 'leadership');
const asLeadHead = () => on(TODAY, LEAD, 'agency_head');
const asAdmin = () => on(TODAY, 'van-phong-ubnd', 'admin');

const direct = (text: string): GiveDirection => ({
  type: 'GiveDirection',
  data: { taskId: TASK_ID, directionId: 'direction-1', text },
});
const comment = (text: string): CommentOnTask => ({
  type: 'CommentOnTask',
  data: { taskId: TASK_ID, commentId: 'comment-1', text },
});

describe('Task: directions (ý kiến chỉ đạo)', () => {
  it('are given by the standing office', () => {
    givenEvents(taskDecider, inProgress())
      .when(direct('  Đề nghị Sở Xây dựng hoàn thành trước 30/6.  '), asStandingOffice())
      .then([
        {
          type: 'TaskDirectionGiven',
          data: {
            taskId: TASK_ID,
            directionId: 'direction-1',
            agencyId: STANDING_OFFICE,
            text: 'Đề nghị Sở Xây dựng hoàn thành trước 30/6.',
          },
        },
      ]);
  });

  it('are given by leadership', () => {
    givenEvents(taskDecider, inProgress())
      .when(direct('Ưu tiên bố trí kinh phí'), asLeadership())
      .then([
        {
          type: 'TaskDirectionGiven',
          data: {
            taskId: TASK_ID,
            directionId: 'direction-1',
            agencyId: LEADERSHIP,
            text: 'Ưu tiên bố trí kinh phí',
          },
        },
      ]);
  });

  it('are refused from the agencies doing the work, and from an administrator', () => {
    for (const context of [asLead(), asLeadHead(), asCoordinator(), asOutsider(), asAdmin()]) {
      const violation = givenEvents(taskDecider, inProgress())
        .when(direct('Chỉ đạo'), context)
        .thenFails('discussion.not_allowed');
      expect(violation.details).toMatchObject({ kind: 'direction', role: context.actor.role });
    }
  });

  it('need a text, of at most 5,000 characters', () => {
    givenEvents(taskDecider, inProgress())
      .when(direct('   '), asStandingOffice())
      .thenFails('discussion.text_required');
    givenEvents(taskDecider, inProgress())
      .when(direct('x'.repeat(5001)), asStandingOffice())
      .thenFails('discussion.text_too_long');
  });

  it('are refused on a closed task', () => {
    givenEvents(taskDecider, [...inProgress(), cancelled()])
      .when(direct('Chỉ đạo'), asStandingOffice())
      .thenFails('task.closed');
  });

  it('are refused on a task that does not exist', () => {
    givenEvents(taskDecider, []).when(direct('Chỉ đạo'), asStandingOffice()).thenFails('task.not_found');
  });
});

describe('Task: comments (trao đổi)', () => {
  it('are written by the lead agency, a coordinating agency, the standing office and leadership', () => {
    for (const [context, agencyId] of [
      [asLead(), LEAD],
      [asLeadHead(), LEAD],
      [asCoordinator(), COORDINATOR],
      [asStandingOffice(), STANDING_OFFICE],
      [asLeadership(), LEADERSHIP],
    ] as const) {
      givenEvents(taskDecider, inProgress())
        .when(comment(' Đã gửi dự thảo, đề nghị góp ý '), context)
        .then([
          {
            type: 'TaskCommented',
            data: {
              taskId: TASK_ID,
              commentId: 'comment-1',
              agencyId,
              text: 'Đã gửi dự thảo, đề nghị góp ý',
            },
          },
        ]);
    }
  });

  it('are refused from an agency that takes no part in the task, and from an administrator', () => {
    const outsider = givenEvents(taskDecider, inProgress())
      .when(comment('Góp ý'), asOutsider())
      .thenFails('discussion.not_allowed');
    expect(outsider.details).toMatchObject({ agencyId: OUTSIDER, kind: 'comment' });
    givenEvents(taskDecider, inProgress())
      .when(comment('Góp ý'), asAdmin())
      .thenFails('discussion.not_allowed');
  });

  it('need a text', () => {
    givenEvents(taskDecider, inProgress()).when(comment(''), asLead()).thenFails('discussion.text_required');
  });

  it('change nothing of the task: it can still be reported on and completed', () => {
    const [commented] = givenEvents(taskDecider, inProgress())
      .when(comment('Góp ý'), asLead())
      .thenMatch([{}]);
    givenEvents(taskDecider, [...inProgress(), commented])
      .when({ type: 'CompleteTask', data: { taskId: TASK_ID, result: 'Xong' } }, asLead())
      .thenMatch([{ type: 'TaskCompleted' }]);
  });
});
