import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import * as argon2 from 'argon2';
import { startIdentityTestApp } from '../../../libs/identity/src/testing/identity-test-app';
import { TEST_DATABASE_URL, TEST_REDIS_URL } from '../../../test/support/test-database-url';

const ROOT = join(__dirname, '..', '..', '..');
const PASSWORD = 'Mật khẩu quản trị 2026';

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `npm run cli -- <args>` as an operator would type it, against the given schema. */
function runCli(args: string[], options: { schema: string; stdin?: string; env?: Record<string, string> }) {
  return new Promise<Run>((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'cli', '--', ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: TEST_DATABASE_URL,
        DATABASE_SCHEMA: options.schema,
        REDIS_URL: TEST_REDIS_URL,
        ...options.env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

const createAdmin = [
  'create-admin',
  '--username',
  'admin',
  '--display-name',
  'Quản trị hệ thống',
  '--agency-id',
  'van-phong-ubnd',
];

describe('npm run cli -- create-admin', () => {
  const schema = `cli_${randomUUID().replace(/-/g, '').slice(0, 16)}`;

  it('creates the agency and the administrator once, however often it runs', async () => {
    const refused = await runCli(createAdmin, { schema, stdin: `${PASSWORD}\n` });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Agency van-phong-ubnd is not registered; give --agency-name');

    const first = await runCli(
      [...createAdmin, '--agency-name', 'Văn phòng UBND thành phố Huế', '--password-stdin'],
      { schema, stdin: `${PASSWORD}\n` },
    );
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toContain(
      'Registered agency van-phong-ubnd ("Văn phòng UBND thành phố Huế", department).',
    );
    expect(first.stdout).toMatch(
      /Registered administrator admin \("Quản trị hệ thống"\) as \S+ in agency van-phong-ubnd\./,
    );

    const second = await runCli([...createAdmin, '--agency-name', 'Văn phòng UBND thành phố Huế'], {
      schema,
      env: { GIAOVIEC_ADMIN_PASSWORD: 'a different password, ignored' },
    });
    expect(second).toMatchObject({ code: 0 });
    expect(second.stdout).toContain(
      'Agency van-phong-ubnd ("Văn phòng UBND thành phố Huế") is already registered',
    );
    expect(second.stdout).toContain('User admin already exists');
    for (const run of [first, second]) expect(run.stdout + run.stderr).not.toContain(PASSWORD);

    const api = await startIdentityTestApp({ schema });
    try {
      const events = await api.allEvents();
      expect(events.map((event) => event.type)).toEqual(['AgencyRegistered', 'UserRegistered']);
      expect(events[1]).toMatchObject({
        data: {
          username: 'admin',
          displayName: 'Quản trị hệ thống',
          agencyId: 'van-phong-ubnd',
          role: 'admin',
        },
        metadata: { actor: { userId: 'system:cli', agencyId: 'van-phong-ubnd', role: 'system' } },
      });
      const { rows } = await api.db.query<{ username: string; password_hash: string }>(
        'SELECT username, password_hash FROM user_credentials',
      );
      expect(rows.map((row) => row.username)).toEqual(['admin']);
      expect(await argon2.verify(rows[0].password_hash, PASSWORD)).toBe(true);

      const login = await api.http
        .post('/auth/login')
        .send({ username: 'admin', password: PASSWORD })
        .expect(200);
      expect(login.body.user).toMatchObject({ agencyId: 'van-phong-ubnd', role: 'admin' });
    } finally {
      await api.close();
    }
  });

  it('explains its usage', async () => {
    const help = await runCli(['--help'], { schema: 'unused' });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('create-admin --username');
    const wrong = await runCli(['create-admin', '--username', 'admin'], { schema: 'unused' });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Missing --display-name, --agency-id.');
  });
});
