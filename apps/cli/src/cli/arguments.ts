import { parseArgs } from 'node:util';
import { AGENCY_KINDS, type AgencyKind } from '@giaoviec/agencies';

export class CliUsageError extends Error {}

export const USAGE = `Usage: npm run cli -- create-admin --username <name> --display-name <name> --agency-id <id>
                      [--agency-name <name>] [--agency-kind department|commune|other] [--password-stdin]
       npm run cli -- rebuild-read-models [--if-stale]

rebuild-read-models replays the whole event log into a new generation of read-model tables
while reads go on from the current ones, switches over once it has caught up, and drops
the old tables. With --if-stale it does so only when the live tables were built by other
projections than this code has (after an upgrade); otherwise it says they are current.

Creates the first administrator through the same command handlers the API uses, as the
actor system:cli. The agency must exist, or is registered when --agency-name is given.
Running it again changes nothing (an existing user keeps its password).

The password comes from the first line of standard input (--password-stdin) or from the
environment variable GIAOVIEC_ADMIN_PASSWORD; never from the command line, which other
users of the machine can see.`;

export interface CreateAdminArguments {
  readonly command: 'create-admin';
  readonly username: string;
  readonly displayName: string;
  readonly agencyId: string;
  readonly agencyName?: string;
  readonly agencyKind: AgencyKind;
  readonly passwordFromStdin: boolean;
}

export type CliArguments =
  | CreateAdminArguments
  | { readonly command: 'rebuild-read-models'; readonly ifStale: boolean }
  | { readonly command: 'help' };

/** Parses the command line; throws CliUsageError saying what is wrong. */
export function parseCliArguments(argv: readonly string[]): CliArguments {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new CliUsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) return { command: 'help' };
  const [command, ...extra] = positionals;
  if (command !== 'create-admin' && command !== 'rebuild-read-models') {
    throw new CliUsageError(`Unknown command "${command}".`);
  }
  if (extra.length > 0) throw new CliUsageError(`Unexpected argument(s): ${extra.join(' ')}.`);
  if (command === 'rebuild-read-models') return { command, ifStale: values['if-stale'] === true };
  if (values['if-stale']) throw new CliUsageError('--if-stale goes with rebuild-read-models only.');
  const missing = (['username', 'display-name', 'agency-id'] as const).filter(
    (name) => !values[name]?.trim(),
  );
  if (missing.length > 0)
    throw new CliUsageError(`Missing ${missing.map((name) => `--${name}`).join(', ')}.`);
  const agencyKind = values['agency-kind'] ?? 'department';
  if (!(AGENCY_KINDS as readonly string[]).includes(agencyKind)) {
    throw new CliUsageError(`--agency-kind must be one of ${AGENCY_KINDS.join(', ')}.`);
  }
  return {
    command,
    username: (values.username as string).trim(),
    displayName: (values['display-name'] as string).trim(),
    agencyId: (values['agency-id'] as string).trim(),
    agencyName: values['agency-name']?.trim() || undefined,
    agencyKind: agencyKind as AgencyKind,
    passwordFromStdin: values['password-stdin'] === true,
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      username: { type: 'string' },
      'display-name': { type: 'string' },
      'agency-id': { type: 'string' },
      'agency-name': { type: 'string' },
      'agency-kind': { type: 'string' },
      'password-stdin': { type: 'boolean' },
      'if-stale': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
