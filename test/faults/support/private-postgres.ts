import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort, waitFor } from './free-port';

/** The server programs of the newest PostgreSQL installed from Debian's packages. */
function postgresBinaries(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  if (versions.length === 0) throw new Error(`no PostgreSQL server programs under ${root}`);
  return join(root, versions[0], 'bin');
}

/**
 * A PostgreSQL cluster of the test's own (initdb in a temporary folder, another port), so a
 * fault test can terminate its connections and kill its postmaster without touching the
 * shared server on 5432. initdb refuses to run as root: as root the cluster belongs to the
 * `postgres` user of the Debian package.
 */
export class PrivatePostgres {
  private constructor(
    readonly port: number,
    private readonly directory: string,
    private readonly bin: string,
  ) {}

  static async start(): Promise<PrivatePostgres> {
    const directory = mkdtempSync(join(tmpdir(), 'giaoviec-fault-pg-'));
    const server = new PrivatePostgres(await freePort(), directory, postgresBinaries());
    if (process.getuid?.() === 0) {
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
      chownSync(directory, uid, gid);
    }
    server.run('initdb', [
      '-D',
      server.dataDirectory,
      '-A',
      'trust',
      '-U',
      'postgres',
      '-E',
      'UTF8',
      '--no-sync',
    ]);
    await server.restart();
    return server;
  }

  private get dataDirectory(): string {
    return join(this.directory, 'data');
  }

  url(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async createDatabase(name: string): Promise<string> {
    await this.query(`CREATE DATABASE "${name}"`);
    return this.url(name);
  }

  /** Starts the postmaster (again) and waits until it accepts connections. */
  async restart(): Promise<void> {
    this.run('pg_ctl', [
      '-D',
      this.dataDirectory,
      '-l',
      join(this.directory, 'server.log'),
      '-o',
      `-p ${this.port} -k ${this.directory} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
      'start',
    ]);
    await waitFor(`private PostgreSQL on port ${this.port}`, async () => {
      await this.query('SELECT 1');
      return true;
    });
  }

  /** Ends every backend of the given database but this probe's own (pg_terminate_backend). */
  async terminateConnections(database: string): Promise<number> {
    const rows = await this.query(
      'SELECT count(pg_terminate_backend(pid))::int AS ended FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [database],
    );
    return (rows[0] as { ended: number }).ended;
  }

  /** SIGKILL to the postmaster: the crash a power cut or the OOM killer gives. */
  async killPostmaster(): Promise<void> {
    const pid = Number(readFileSync(join(this.dataDirectory, 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(pid, 'SIGKILL');
    await waitFor('the postmaster to die', async () => {
      try {
        process.kill(pid, 0);
        return undefined;
      } catch {
        return true;
      }
    });
  }

  async query(sql: string, parameters: unknown[] = []): Promise<unknown[]> {
    const client = new Client({ connectionString: this.url(), connectionTimeoutMillis: 2000 });
    await client.connect();
    try {
      return (await client.query(sql, parameters)).rows;
    } finally {
      await client.end();
    }
  }

  async stop(): Promise<void> {
    this.run('pg_ctl', ['-D', this.dataDirectory, '-m', 'immediate', 'stop'], { allowFailure: true });
    rmSync(this.directory, { recursive: true, force: true });
  }

  private run(program: string, args: string[], { allowFailure = false } = {}): void {
    const command = join(this.bin, program);
    const asRoot = process.getuid?.() === 0;
    const result = asRoot
      ? spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8' })
      : spawnSync(command, args, { encoding: 'utf8' });
    if (result.status !== 0 && !allowFailure) {
      throw new Error(`${program} failed (${result.status}): ${result.stderr || result.stdout}`);
    }
  }
}
