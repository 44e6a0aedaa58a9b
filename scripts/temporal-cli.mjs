#!/usr/bin/env node
/**
 * Locates the Temporal CLI that runs the local dev server, building it from Go modules when no copy exists.
 * The SDK's own CLI download cannot reach its host from this project's machines, so the build is the fallback.
 *
 * Order: `temporal` on PATH, then `.tools/bin/temporal` in this checkout, then the per-user cache at
 * `~/.cache/accord/bin/temporal` (copied into `.tools/bin`), then `go install`. Run directly, the script
 * prints the path on stdout and everything else on stderr.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** v1.5.x is the newest CLI whose go.mod has no `replace` directive, which `go install pkg@version` requires. */
export const TEMPORAL_CLI_VERSION = 'v1.5.1';
const TEMPORAL_CLI_PACKAGE = 'github.com/temporalio/cli/cmd/temporal';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoBinDir = path.join(repoRoot, '.tools', 'bin');
const repoBinary = path.join(repoBinDir, 'temporal');
const cacheDir = path.join(os.homedir(), '.cache', 'accord', 'bin');
const cachedBinary = path.join(cacheDir, 'temporal');
const buildLockDir = path.join(cacheDir, 'temporal.build-lock');
const POLL_INTERVAL_MS = 2000;

/**
 * Returns the absolute path of a runnable Temporal CLI, building it when needed (minutes on the first run).
 * Throws when the build fails or Go is missing.
 */
export async function obtainTemporalCli() {
  const existing = findExistingCli();
  if (existing) {
    return existing;
  }

  await waitForOtherBuilds();
  if (isExecutable(cachedBinary)) {
    return installFromCache();
  }

  return buildWithLock();
}

function findExistingCli() {
  const onPath = findOnPath('temporal');
  if (onPath) {
    return onPath;
  }

  if (isExecutable(repoBinary)) {
    return repoBinary;
  }

  if (isExecutable(cachedBinary)) {
    return installFromCache();
  }

  return undefined;
}

function findOnPath(command) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, command);
    if (dir !== '' && isExecutable(candidate)) {
      return candidate;
    }
  }

  return undefined;
}

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);

    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Copies the cached binary into `.tools/bin`: a hard link where the file system allows it, else a copy. */
function installFromCache() {
  fs.mkdirSync(repoBinDir, { recursive: true });
  const temporary = `${repoBinary}.${process.pid}.tmp`;
  try {
    fs.linkSync(cachedBinary, temporary);
  } catch {
    fs.copyFileSync(cachedBinary, temporary);
    fs.chmodSync(temporary, 0o755);
  }

  fs.renameSync(temporary, repoBinary);

  return repoBinary;
}

/**
 * Waits while another process builds the CLI: one holding this script's lock, or any `go install` of the CLI
 * package, such as a build started by hand. Two builds at once would only double the time.
 */
async function waitForOtherBuilds() {
  let announced = false;
  for (;;) {
    const builder = readLockOwner() ?? findRunningGoInstall();
    if (builder === undefined) {
      return;
    }

    if (!announced) {
      console.error(`Waiting for the Temporal CLI build in process ${builder} to finish.`);
      announced = true;
    }

    await sleep(POLL_INTERVAL_MS);
  }
}

function readLockOwner() {
  let pid;
  try {
    pid = Number(fs.readFileSync(path.join(buildLockDir, 'pid'), 'utf8'));
  } catch {
    return undefined;
  }

  return isProcessAlive(pid) ? pid : undefined;
}

function isProcessAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) {
    return false;
  }

  try {
    process.kill(pid, 0);

    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Returns the pid of a running `go install` of the CLI package, read from /proc (Linux only). */
function findRunningGoInstall() {
  let entries;
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return undefined;
  }

  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) {
      continue;
    }

    let commandLine;
    try {
      commandLine = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }

    const isGo = path.basename(commandLine[0] ?? '') === 'go';
    if (isGo && commandLine[1] === 'install' && commandLine.some((arg) => arg.startsWith(`${TEMPORAL_CLI_PACKAGE}@`))) {
      return Number(entry);
    }
  }

  return undefined;
}

async function buildWithLock() {
  while (!tryAcquireBuildLock()) {
    await waitForOtherBuilds();
    if (isExecutable(cachedBinary)) {
      return installFromCache();
    }
  }

  try {
    await buildCli();
    publishToCache();
  } finally {
    fs.rmSync(buildLockDir, { recursive: true, force: true });
  }

  return repoBinary;
}

/**
 * Takes the build lock: a folder holding the owner's pid, renamed into place whole so that no reader sees it
 * without the pid. A lock whose owner has died is removed first.
 */
function tryAcquireBuildLock() {
  fs.mkdirSync(cacheDir, { recursive: true });
  if (fs.existsSync(buildLockDir) && readLockOwner() === undefined) {
    fs.rmSync(buildLockDir, { recursive: true, force: true });
  }

  const staging = fs.mkdtempSync(path.join(cacheDir, 'temporal.build-lock.'));
  fs.writeFileSync(path.join(staging, 'pid'), String(process.pid));
  try {
    fs.renameSync(staging, buildLockDir);

    return true;
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    if (error.code === 'ENOTEMPTY' || error.code === 'EEXIST') {
      return false;
    }

    throw error;
  }
}

async function buildCli() {
  const go = findOnPath('go') ?? (isExecutable('/usr/local/go/bin/go') ? '/usr/local/go/bin/go' : undefined);
  if (go === undefined) {
    throw new Error(
      'The Temporal CLI is not installed and Go is missing, so it cannot be built; install Go 1.24 or later, ' +
        'or put a `temporal` binary on PATH.',
    );
  }

  const module = `${TEMPORAL_CLI_PACKAGE}@${TEMPORAL_CLI_VERSION}`;
  console.error(`Building the Temporal CLI (${module}) into ${repoBinDir}.`);
  console.error(`The first build takes several minutes (about 3 on a 2-core machine); later runs reuse ${cacheDir}.`);
  fs.mkdirSync(repoBinDir, { recursive: true });
  const startedAt = Date.now();
  const exitCode = await new Promise((resolve, reject) => {
    const child = spawn(go, ['install', module], {
      env: { ...process.env, GOBIN: repoBinDir },
      stdio: ['ignore', 2, 2],
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? signal));
  });

  if (exitCode !== 0 || !isExecutable(repoBinary)) {
    throw new Error(`Building the Temporal CLI with \`go install ${module}\` failed (exit ${exitCode}); see the output above.`);
  }

  console.error(`Built the Temporal CLI in ${Math.round((Date.now() - startedAt) / 1000)} s.`);
}

/** Copies the fresh build into the cache under a temporary name first, so readers never see half a file. */
function publishToCache() {
  const temporary = `${cachedBinary}.${process.pid}.tmp`;
  fs.copyFileSync(repoBinary, temporary);
  fs.chmodSync(temporary, 0o755);
  fs.renameSync(temporary, cachedBinary);
}

function isMainModule() {
  if (process.argv[1] === undefined) {
    return false;
  }

  return import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1])).href;
}

if (isMainModule()) {
  obtainTemporalCli().then(
    (cliPath) => console.log(cliPath),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
