import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort, waitFor } from './free-port';

const repositoryRoot = join(__dirname, '..', '..', '..');

export type AppKind = 'api' | 'worker';

/**
 * The API or the worker as a real operating-system process (ts-node, transpile only), so a
 * fault test can SIGKILL it mid-work and start it again, as production's process manager
 * would. Its output is kept in memory for the failure message.
 */
export class AppProcess {
  private child?: ChildProcess;
  private output: string[] = [];
  /** How many times the process was started, for the figures a test prints. */
  starts = 0;

  private constructor(
    readonly kind: AppKind,
    readonly environment: Record<string, string>,
    readonly port?: number,
  ) {}

  static async api(environment: Record<string, string>): Promise<AppProcess> {
    const port = await freePort();
    const api = new AppProcess('api', { ...environment, HTTP_PORT: String(port) }, port);
    await api.start();
    return api;
  }

  static async worker(environment: Record<string, string>): Promise<AppProcess> {
    const worker = new AppProcess('worker', environment);
    await worker.start();
    return worker;
  }

  get baseUrl(): string {
    if (this.port === undefined) throw new Error('the worker serves no HTTP');
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts the process; the API is started once /health/live answers, the worker once it logs that it started. */
  async start(): Promise<void> {
    if (this.running) throw new Error(`${this.kind} is already running`);
    this.output = [];
    const child = spawn(
      process.execPath,
      ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', `apps/${this.kind}/src/main.ts`],
      {
        cwd: repositoryRoot,
        env: {
          PATH: process.env.PATH ?? '',
          TS_NODE_PROJECT: 'tsconfig.json',
          TS_NODE_TRANSPILE_ONLY: 'true',
          NODE_ENV: 'test',
          LOG_LEVEL: 'info',
          ...this.environment,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    this.child = child;
    this.starts += 1;
    const keep = (chunk: Buffer) => {
      this.output.push(chunk.toString());
      if (this.output.length > 400) this.output.splice(0, this.output.length - 400);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    await waitFor(
      `the ${this.kind} process to start`,
      async () => {
        if (!this.running) throw new Error(`${this.kind} exited: ${this.lastOutput()}`);
        if (this.kind === 'worker') return this.output.join('').includes('Worker started') || undefined;
        const response = await fetch(`${this.baseUrl}/health`);
        return response.status < 500 || undefined;
      },
      { timeoutMs: 60_000, everyMs: 200 },
    );
  }

  /** SIGKILL: no shutdown hook runs, nothing is flushed. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  /** SIGTERM and wait: the orderly stop a deployment gives. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }

  lastOutput(lines = 40): string {
    return this.output.join('').split('\n').slice(-lines).join('\n');
  }
}
