import { v5 as uuidv5 } from 'uuid';
import type { CommandContext } from '@giaoviec/platform';

const SYSTEM_COMMAND_NAMESPACE = '3b8f5a1e-7c2d-4e9a-b6f0-9d1e2c3a4b57';

/**
 * The context of a command the system issues itself (a lock-out after failed logins, the
 * CLI creating the first administrator). The command id derives from `key`, so repeating
 * the same action (a retried CLI run) is recognised by the executor and not recorded twice.
 */
export function systemCommandContext(options: {
  readonly userId: `system:${string}`;
  readonly agencyId: string;
  readonly key: string;
  readonly correlationId?: string;
}): CommandContext {
  const commandId = uuidv5(`${options.userId}\n${options.key}`, SYSTEM_COMMAND_NAMESPACE);
  return {
    actor: { userId: options.userId, agencyId: options.agencyId, role: 'system' },
    correlationId: options.correlationId ?? commandId,
    commandId,
    causationId: commandId,
  };
}
