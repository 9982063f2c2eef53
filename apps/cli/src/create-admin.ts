import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { agencyDecider, agencyStreamId, ExecuteAgencyCommand } from '@giaoviec/agencies';
import {
  CredentialsRepository,
  RegisterUserCommand,
  systemCommandContext,
  userDecider,
  userStreamId,
  type RegisteredUserResult,
} from '@giaoviec/identity';
import { EventSourcedExecutor } from '@giaoviec/platform';
import { CliUsageError, type CreateAdminArguments } from './cli/arguments';

/** The actor of everything the CLI records. */
export const CLI_ACTOR_ID = 'system:cli';

/**
 * Creates the first administrator (and, with --agency-name, their agency) through the
 * command handlers the API uses. Idempotent: what exists is reported and left alone, and
 * the command ids derive from the arguments, so a run interrupted half-way is completed by
 * the next. Answers the lines to print.
 */
export async function createAdmin(
  app: INestApplicationContext,
  options: CreateAdminArguments,
  password: string | undefined,
): Promise<string[]> {
  const commandBus = app.get(CommandBus);
  const executor = app.get(EventSourcedExecutor);
  const credentials = app.get(CredentialsRepository);
  const { agencyId, username } = options;
  const context = (key: string) => systemCommandContext({ userId: CLI_ACTOR_ID, agencyId, key });
  const report: string[] = [];

  const { state: agency } = await executor.load(agencyStreamId(agencyId), agencyDecider);
  if (agency.status === 'unregistered') {
    if (!options.agencyName) {
      throw new CliUsageError(`Agency ${agencyId} is not registered; give --agency-name to register it.`);
    }
    await commandBus.execute(
      new ExecuteAgencyCommand(
        { type: 'RegisterAgency', data: { agencyId, name: options.agencyName, kind: options.agencyKind } },
        context(`register-agency\n${agencyId}`),
      ),
    );
    report.push(`Registered agency ${agencyId} ("${options.agencyName}", ${options.agencyKind}).`);
  } else if (agency.status === 'retired') {
    throw new CliUsageError(`Agency ${agencyId} ("${agency.name}") is retired; choose an active agency.`);
  } else {
    report.push(`Agency ${agencyId} ("${agency.name}") is already registered; left as it is.`);
  }

  const existing = await credentials.findByUsername(username);
  if (existing) {
    const { state } = await executor.load(userStreamId(existing.userId), userDecider);
    const holds =
      state.status === 'unregistered' ? '' : ` (${state.role} of agency ${state.agencyId}, ${state.status})`;
    report.push(
      `User ${username} already exists as ${existing.userId}${holds}; nothing changed, its password neither. ` +
        `An administrator resets it with POST /users/${existing.userId}/password.`,
    );
    return report;
  }
  if (!password) {
    throw new CliUsageError(
      'No password given: pipe it to --password-stdin or set GIAOVIEC_ADMIN_PASSWORD (at least 10 characters).',
    );
  }
  const registered: RegisteredUserResult = await commandBus.execute(
    new RegisterUserCommand(
      { username, displayName: options.displayName, agencyId, role: 'admin', password },
      context(`create-admin\n${username}`),
    ),
  );
  report.push(
    `Registered administrator ${username} ("${options.displayName}") as ${registered.userId} in agency ${agencyId}.`,
  );
  return report;
}
