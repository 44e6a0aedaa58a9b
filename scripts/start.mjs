#!/usr/bin/env node
/**
 * `npm start`: installs, builds and runs the whole Accord stack on this machine, then loads the demo data.
 *
 * Order: npm install (when needed), npm run build, database migration, Temporal dev server (unless
 * TEMPORAL_ADDRESS names a server), worker, API, both portal previews, seed, demo lead import. Each child logs
 * to `.data/logs/<name>.log`. When a service exits unexpectedly, the last lines of its log are printed and
 * everything stops. Ctrl-C (SIGINT) or SIGTERM stops every process started here. A `.env` file at the
 * repository root is read first, and variables already set in the environment win over it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertPortFree, StackCheckError, waitForHttp, waitForTemporal } from './lib/readiness.mjs';
import { describeExit, formatSeconds, Supervisor, TaskFailedError } from './lib/supervisor.mjs';
import { obtainTemporalCli } from './temporal-cli.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.join(repoRoot, '.data');
const jwtSecretFile = path.join(dataDir, 'jwt-secret');
// The Salesforce sample (22 real-shaped leads, few with an intent signal) and a set of invented inbound
// leads across both teams' territories, so that both teams' queues have work.
const demoLeadFiles = ['test/fixtures/salesforce-dataloader-leads.csv', 'test/fixtures/demo-inbound-leads.csv'];
const LOCAL_TEMPORAL_PORT = 7233;
const TEMPORAL_READY_TIMEOUT_MS = 60_000;
const API_READY_TIMEOUT_MS = 60_000;
const PORTAL_READY_TIMEOUT_MS = 30_000;

const DEFAULTS = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/accord',
  TEMPORAL_NAMESPACE: 'default',
  HTTP_PORT: '4000',
  LOG_LEVEL: 'info',
  REP_PORTAL_PORT: '5173',
  ADMIN_PORTAL_PORT: '5174',
  TEMPORAL_UI_PORT: '8233',
};

const print = (line) => console.log(line);
let shuttingDown = false;

const supervisor = new Supervisor({
  cwd: repoRoot,
  logDir: path.join(dataDir, 'logs'),
  print,
  onUnexpectedExit: (name, exitStatus) => {
    print(`[${name}] exited unexpectedly (${describeExit(exitStatus)}); last lines of its log:`);
    print(indent(supervisor.tailLog(name)));
    void shutdown(1);
  },
});

process.on('SIGINT', () => void shutdown(0, 'SIGINT'));
process.on('SIGTERM', () => void shutdown(0, 'SIGTERM'));

main().catch(async (error) => {
  if (shuttingDown) {
    return;
  }

  print(`[accord] ${error instanceof Error ? error.message : String(error)}`);
  if (error instanceof TaskFailedError) {
    print(indent(fs.readFileSync(error.logFile, 'utf8').trimEnd().split('\n').slice(-40).join('\n')));
  } else if (!(error instanceof StackCheckError)) {
    print(error instanceof Error ? (error.stack ?? '') : '');
  }

  await shutdown(1);
});

async function main() {
  const startedAt = Date.now();
  loadDotEnv();
  const settings = readSettings();
  await checkPortsFree(settings);
  await installDependenciesIfNeeded();
  await supervisor.runTask('build', 'npm', ['run', 'build']);

  const env = buildChildEnvironment(settings);
  await supervisor.runTask('migrate', process.execPath, ['db/dist/cli/migrate.js'], { env: withService(env, 'migrate') });

  await startTemporal(settings, env);

  supervisor.startService('worker', process.execPath, ['workflows/dist/worker-main.js'], { env: withService(env, 'worker') });
  // NOTE: the worker has no HTTP endpoint, so nothing waits for it; a crash at start-up still stops the stack.

  supervisor.startService('api', process.execPath, ['api/dist/main.js'], { env: withService(env, 'api') });
  await waitForHttp(settings.graphqlUrl, { timeoutMs: API_READY_TIMEOUT_MS, isAlive: isUp('api'), init: graphqlProbe() });
  print(`[api] ready at ${settings.graphqlUrl}`);

  await startPortal('rep-portal', settings.repPortalPort, env);
  await startPortal('admin-portal', settings.adminPortalPort, env);

  const seedOutput = await supervisor.runTask('seed', process.execPath, ['db/dist/cli/seed.js'], { env: withService(env, 'seed') });
  await importDemoLeads(env);

  printSummary(settings, seedOutput, Date.now() - startedAt);
}

function loadDotEnv() {
  const envFile = path.join(repoRoot, '.env');
  if (fs.existsSync(envFile)) {
    process.loadEnvFile(envFile);
    print('[accord] read variables from .env');
  }
}

function readSettings() {
  const value = (name) => process.env[name] || DEFAULTS[name];
  const httpPort = readPort('HTTP_PORT', value('HTTP_PORT'));
  const externalTemporalAddress = process.env.TEMPORAL_ADDRESS || undefined;

  return {
    databaseUrl: value('DATABASE_URL'),
    temporalNamespace: value('TEMPORAL_NAMESPACE'),
    logLevel: value('LOG_LEVEL'),
    httpPort,
    graphqlUrl: `http://127.0.0.1:${httpPort}/graphql`,
    repPortalPort: readPort('REP_PORTAL_PORT', value('REP_PORTAL_PORT')),
    adminPortalPort: readPort('ADMIN_PORTAL_PORT', value('ADMIN_PORTAL_PORT')),
    temporalUiPort: readPort('TEMPORAL_UI_PORT', value('TEMPORAL_UI_PORT')),
    externalTemporalAddress,
    temporalAddress: externalTemporalAddress ?? `127.0.0.1:${LOCAL_TEMPORAL_PORT}`,
  };
}

function readPort(name, raw) {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new StackCheckError(`${name} "${raw}" is invalid; set a port number from 1 to 65535.`);
  }

  return port;
}

async function checkPortsFree(settings) {
  const ports = [
    [settings.httpPort, 'HTTP_PORT'],
    [settings.repPortalPort, 'REP_PORTAL_PORT'],
    [settings.adminPortalPort, 'ADMIN_PORTAL_PORT'],
  ];
  if (settings.externalTemporalAddress === undefined) {
    ports.push([settings.temporalUiPort, 'TEMPORAL_UI_PORT']);
    await assertPortFree(
      LOCAL_TEMPORAL_PORT,
      `the local Temporal dev server needs it. Stop the process there, or set TEMPORAL_ADDRESS=127.0.0.1:${LOCAL_TEMPORAL_PORT} to use that server.`,
    );
  }

  for (const [port, variableName] of ports) {
    await assertPortFree(port, `stop the process there or set ${variableName} to a free port.`);
  }
}

/** Runs `npm install` when node_modules is missing or older than package-lock.json. */
async function installDependenciesIfNeeded() {
  const installedLock = path.join(repoRoot, 'node_modules', '.package-lock.json');
  const lockFile = path.join(repoRoot, 'package-lock.json');
  const isStale = !fs.existsSync(installedLock) || fs.statSync(lockFile).mtimeMs > fs.statSync(installedLock).mtimeMs;
  if (isStale) {
    await supervisor.runTask('install', 'npm', ['install', '--no-audit', '--no-fund']);
  }
}

function buildChildEnvironment(settings) {
  return {
    ...process.env,
    DATABASE_URL: settings.databaseUrl,
    TEMPORAL_ADDRESS: settings.temporalAddress,
    TEMPORAL_NAMESPACE: settings.temporalNamespace,
    HTTP_PORT: String(settings.httpPort),
    LOG_LEVEL: settings.logLevel,
    JWT_SECRET: process.env.JWT_SECRET || readOrCreateJwtSecret(),
    ACCORD_API_URL: `http://127.0.0.1:${settings.httpPort}`,
  };
}

/** Keeps one generated secret in `.data/jwt-secret`, so sign-ins survive a restart. */
function readOrCreateJwtSecret() {
  if (fs.existsSync(jwtSecretFile)) {
    return fs.readFileSync(jwtSecretFile, 'utf8').trim();
  }

  const secret = crypto.randomBytes(48).toString('base64url');
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(jwtSecretFile, `${secret}\n`, { mode: 0o600 });
  print(`[accord] generated JWT_SECRET into ${path.relative(repoRoot, jwtSecretFile)}`);

  return secret;
}

async function startTemporal(settings, env) {
  if (settings.externalTemporalAddress === undefined) {
    const cli = await obtainTemporalCli();
    const args = [
      'server', 'start-dev',
      '--ip', '127.0.0.1',
      '--port', String(LOCAL_TEMPORAL_PORT),
      '--ui-port', String(settings.temporalUiPort),
      '--db-filename', path.join(dataDir, 'temporal.db'),
    ];
    if (settings.temporalNamespace !== 'default') {
      args.push('--namespace', settings.temporalNamespace);
    }

    supervisor.startService('temporal', cli, args, { env, stopLast: true });
  }

  await waitForTemporal(repoRoot, settings.temporalAddress, settings.temporalNamespace, {
    timeoutMs: TEMPORAL_READY_TIMEOUT_MS,
    isAlive: settings.externalTemporalAddress === undefined ? isUp('temporal') : () => !shuttingDown,
  });
  print(`[temporal] ready at ${settings.temporalAddress}, namespace ${settings.temporalNamespace}`);
}

async function startPortal(name, port, env) {
  const args = ['run', 'preview', '-w', name, '--', '--host', '127.0.0.1', '--port', String(port), '--strictPort'];
  supervisor.startService(name, 'npm', args, { env });
  const url = `http://127.0.0.1:${port}/`;
  await waitForHttp(url, { timeoutMs: PORTAL_READY_TIMEOUT_MS, isAlive: isUp(name) });

  const proxyStatus = await fetch(`${url}graphql`, graphqlProbe()).then((response) => response.status, (error) => error.message);
  if (proxyStatus === 200) {
    print(`[${name}] ready at ${url}; /graphql through it reaches the API`);
  } else {
    print(`[${name}] ready at ${url}, but POST /graphql through it returned ${proxyStatus}; check its vite proxy and ACCORD_API_URL`);
  }
}

async function importDemoLeads(env) {
  for (const demoLeadFile of demoLeadFiles) {
    if (!fs.existsSync(path.join(repoRoot, demoLeadFile))) {
      print(`[import] skipped: ${demoLeadFile} is missing`);
      continue;
    }

    await supervisor.runTask('import', process.execPath, ['api/dist/cli/import.js', demoLeadFile], { env: withService(env, 'import'), echo: true });
  }
}

function printSummary(settings, seedOutput, elapsedMs) {
  const temporalLine =
    settings.externalTemporalAddress === undefined
      ? `  Temporal UI    http://127.0.0.1:${settings.temporalUiPort}`
      : `  Temporal       ${settings.temporalAddress} (external, from TEMPORAL_ADDRESS)`;
  // pino writes JSON lines, so lines that do not start with "{" are the seed's own messages for a person.
  const signIns = seedOutput.split('\n').filter((line) => line.trim() !== '' && !line.trimStart().startsWith('{'));

  print('');
  print(`Accord is running (started in ${formatSeconds(elapsedMs)}):`);
  print(`  Rep portal     http://127.0.0.1:${settings.repPortalPort}`);
  print(`  Admin portal   http://127.0.0.1:${settings.adminPortalPort}`);
  print(`  GraphQL API    ${settings.graphqlUrl}`);
  print(temporalLine);
  print('');
  print('Demo sign-ins and the demo partner API key, printed by the seed:');
  print(signIns.length > 0 ? indent(signIns.join('\n')) : '  (none; see .data/logs/seed.log)');
  print('');
  print('Logs are in .data/logs. Press Ctrl-C to stop everything.');
}

async function shutdown(exitCode, signal) {
  if (shuttingDown) {
    return;
  }

  shuttingDown = true;
  print(signal === undefined ? '[accord] stopping' : `[accord] ${signal} received; stopping`);
  await supervisor.stopAll();
  process.exit(exitCode);
}

/** Names the process in the `service` field of its log lines. */
function withService(env, name) {
  return { ...env, ACCORD_SERVICE: name };
}

function isUp(name) {
  return () => !shuttingDown && supervisor.isRunning(name);
}

function graphqlProbe() {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  };
}

function indent(text) {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}
