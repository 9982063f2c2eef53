import { createInterface } from 'node:readline';

export const ADMIN_PASSWORD_VARIABLE = 'GIAOVIEC_ADMIN_PASSWORD';

/**
 * The administrator's password: the first line of standard input, or the environment
 * variable. The variable is removed from the environment at once, so nothing started later
 * (and not the configuration check, which refuses unknown GIAOVIEC_* variables) sees it.
 */
export async function readAdminPassword(fromStdin: boolean): Promise<string | undefined> {
  const fromEnvironment = process.env[ADMIN_PASSWORD_VARIABLE];
  delete process.env[ADMIN_PASSWORD_VARIABLE];
  if (fromStdin) return firstLineOfStdin();
  return fromEnvironment === '' ? undefined : fromEnvironment;
}

async function firstLineOfStdin(): Promise<string | undefined> {
  if (process.stdin.isTTY) process.stderr.write('Password of the administrator (shown as typed): ');
  const lines = createInterface({ input: process.stdin, terminal: false });
  try {
    for await (const line of lines) return line.replace(/\r$/, '');
    return undefined;
  } finally {
    lines.close();
  }
}
