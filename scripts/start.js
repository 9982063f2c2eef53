#!/usr/bin/env node
// The README's start command after `npm run build`: makes sure the database exists, loads
// the Huế seed plans and the demo accounts and activity (both idempotent), rebuilds the read
// models if an older version built them, then runs the API and the worker until Ctrl-C.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const { Client } = require('pg');

const databaseUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/giaoviec';

async function ensureDatabase() {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      console.log(`Created database ${name}`);
    }
  } finally {
    await client.end();
  }
}

function run(name, script, args = []) {
  // Readable logs for a person at a terminal; set LOG_PRETTY=false for JSON.
  const env = { LOG_PRETTY: 'true', ...process.env, DATABASE_URL: databaseUrl };
  const child = spawn(process.execPath, [script, ...args], { stdio: 'inherit', env });
  child.on('exit', (code, signal) => {
    if (signal !== 'SIGTERM' && !stopping) {
      console.error(`${name} stopped (${signal ?? `exit code ${code}`}); stopping the system.`);
      stop(code ?? 1);
    }
  });
  return child;
}

let stopping = false;
const children = [];
function stop(code = 0) {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 2000).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

function load(script, ...args) {
  const result = spawnSync('npm', ['run', '--silent', script, ...(args.length > 0 ? ['--', ...args] : [])], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  if (result.status !== 0)
    throw new Error(`npm run ${script} failed${result.error ? `: ${result.error.message}` : ''}`);
}

async function announceWhenUp(port) {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      const response = await fetch(`http://localhost:${port}/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  console.log(`
──────────────────────────────────────────────────────────────────────────────
 giaoviec is running with the Huế seed plans loaded.
   Web application:       http://localhost:${port}/
   API and OpenAPI docs:  http://localhost:${port}/docs
   Health:                http://localhost:${port}/health
 Log in (DEMO ONLY accounts, password "demo-giaoviec-2026"):
   demo.canbo.xa (cán bộ of a commune) · demo.canbo.stc / demo.giamdoc.stc (Sở Tài chính)
   demo.thuongtruc (standing office) · demo.lanhdao (leadership) · demo.admin
 Ctrl-C stops everything.
──────────────────────────────────────────────────────────────────────────────`);
}

ensureDatabase()
  .then(() => {
    load('seed');
    load('seed:demo');
    // After an upgrade the read models may have been built by older projections: refill them.
    load('cli', 'rebuild-read-models', '--if-stale');
    children.push(run('worker', 'dist/apps/worker/src/main.js'));
    children.push(run('api', 'dist/apps/api/src/main.js'));
    const port = process.env.HTTP_PORT || 3000;
    console.log(
      `giaoviec is starting: web application on http://localhost:${port}/, OpenAPI at http://localhost:${port}/docs`,
    );
    return announceWhenUp(port);
  })
  .catch((error) => {
    console.error(`Could not start giaoviec (database ${databaseUrl}): ${error.message}`);
    process.exit(1);
  });
