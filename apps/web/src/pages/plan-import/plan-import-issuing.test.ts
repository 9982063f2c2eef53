import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/problem';
import { idempotencyKey, newDraftId, outcomeOfFailure } from './plan-import-issuing';

// The API's rule for an Idempotency-Key (libs/platform/src/idempotency/idempotency.interceptor.ts).
const ACCEPTABLE_KEY = /^[A-Za-z0-9._:-]{8,200}$/;

describe('issuing an imported plan', () => {
  it('gives each command of a draft a key of its own that the API accepts, the same for the same attempt', () => {
    const draft = newDraftId();
    expect(draft).toMatch(/^[0-9a-f]{32}$/);
    expect(newDraftId()).not.toBe(draft);
    const keys = [idempotencyKey(draft, 'plan', 0), idempotencyKey(draft, 0, 0), idempotencyKey(draft, 0, 1)];
    for (const key of keys) expect(key).toMatch(ACCEPTABLE_KEY);
    expect(new Set(keys).size).toBe(3);
    expect(idempotencyKey(draft, 7, 0)).toBe(idempotencyKey(draft, 7, 0));
  });

  it('sends again under the same key what may have been done, under a new one what was refused', () => {
    expect(outcomeOfFailure(new TypeError('Failed to fetch'))).toBe('sent');
    expect(outcomeOfFailure(new ApiError(503, undefined))).toBe('sent');
    expect(outcomeOfFailure(new ApiError(409, { rule: 'idempotency.in_progress' }))).toBe('sent');
    expect(outcomeOfFailure(new ApiError(422, { rule: 'task.due_date_after_plan_period' }))).toBe('refused');
    expect(outcomeOfFailure(new ApiError(400, { errors: [{ field: 'title' }] }))).toBe('refused');
  });
});
