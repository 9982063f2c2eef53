import { userDecider, userStreamId } from '@giaoviec/identity';
import type { EventSourcedExecutor } from '@giaoviec/platform';

/** The display names of a handful of users, each from their own stream; unknown ones are left out. */
export async function displayNamesOf(
  userIds: readonly (string | null)[],
  executor: EventSourcedExecutor,
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  await Promise.all(
    [...new Set(userIds)].map(async (userId) => {
      if (userId === null) return;
      const { state } = await executor.load(userStreamId(userId), userDecider);
      if (state.status !== 'unregistered') names.set(userId, state.displayName);
    }),
  );
  return names;
}
