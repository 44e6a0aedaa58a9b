/**
 * A Temporal dev server for one jest run: headless, in-memory, on free loopback ports, logging to a file
 * under the OS temp folder.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Connection } from '@temporalio/client';

const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 10_000;
const POLL_INTERVAL_MS = 250;

export interface TemporalDevServer {
  address: string;
  namespace: string;
  pid: number;
  logFile: string;
}

/**
 * Starts the server with the CLI named by ACCORD_TEMPORAL_CLI, or the one `scripts/temporal-cli.mjs`
 * finds or builds, and resolves once it describes the `default` namespace.
 */
export async function startTemporalDevServer(rootDir: string): Promise<TemporalDevServer> {
  const cli = process.env.ACCORD_TEMPORAL_CLI || obtainTemporalCli(rootDir);
  const [grpcPort, httpPort, metricsPort] = await findFreePorts(3);
  const logFile = path.join(os.tmpdir(), `accord-test-temporal-${process.pid}.log`);
  const logFd = fs.openSync(logFile, 'w');
  const args = [
    'server', 'start-dev', '--headless',
    '--ip', '127.0.0.1',
    '--port', String(grpcPort),
    '--http-port', String(httpPort),
    '--metrics-port', String(metricsPort),
  ];
  const child = spawn(cli, args, { stdio: ['ignore', logFd, logFd] });
  fs.closeSync(logFd);
  // Jest may exit while the server still stops; the unref'd handle does not hold the event loop open.
  child.unref();

  const server: TemporalDevServer = { address: `127.0.0.1:${grpcPort}`, namespace: 'default', pid: child.pid ?? -1, logFile };
  let exitStatus: string | undefined;
  child.once('exit', (code, signal) => {
    exitStatus = signal ?? `exit code ${code}`;
  });
  child.once('error', (error) => {
    exitStatus = error.message;
  });

  try {
    await waitUntilReady(server, () => exitStatus);
  } catch (error) {
    await stopTemporalDevServer(server.pid);
    fs.rmSync(logFile, { force: true });
    throw error;
  }

  return server;
}

/** Stops the server by pid: SIGTERM, then SIGKILL when it is still running after the grace period. */
export async function stopTemporalDevServer(pid: number): Promise<void> {
  if (!sendSignal(pid, 'SIGTERM')) {
    return;
  }

  const deadline = Date.now() + STOP_GRACE_MS;
  while (Date.now() < deadline) {
    await sleep(POLL_INTERVAL_MS);
    if (!sendSignal(pid, 0)) {
      return;
    }
  }

  sendSignal(pid, 'SIGKILL');
}

function obtainTemporalCli(rootDir: string): string {
  // The locator is an ES module and jest loads this file as CommonJS, so it runs as a separate process.
  // Its build messages go to stderr, which stays on the console; stdout carries only the path.
  return execFileSync(process.execPath, [path.join(rootDir, 'scripts', 'temporal-cli.mjs')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
}

/** Returns distinct free loopback ports, holding each open until all are found. */
async function findFreePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, () => new Promise<net.Server>((resolve, reject) => {
      const server = net.createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve(server));
    })),
  );
  const ports = servers.map((server) => (server.address() as net.AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));

  return ports;
}

async function waitUntilReady(server: TemporalDevServer, exitStatus: () => string | undefined): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let lastProblem = 'no response yet';
  while (Date.now() < deadline) {
    const exited = exitStatus();
    if (exited !== undefined) {
      throw new Error(`The Temporal dev server exited during start-up (${exited}); its log:\n${readTail(server.logFile)}`);
    }

    let connection: Connection | undefined;
    try {
      connection = await Connection.connect({ address: server.address, connectTimeout: 1000 });
      await connection.workflowService.describeNamespace({ namespace: server.namespace });

      return;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    } finally {
      await connection?.close();
    }

    await sleep(POLL_INTERVAL_MS);
  }

  throw new Error(`The Temporal dev server at ${server.address} did not respond within ${READY_TIMEOUT_MS / 1000} s (last result: ${lastProblem}); its log:\n${readTail(server.logFile)}`);
}

function readTail(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-30).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Sends a signal; returns false when the process no longer exists. */
function sendSignal(pid: number, signal: NodeJS.Signals | 0): boolean {
  if (pid <= 0) {
    return false;
  }

  try {
    process.kill(pid, signal);

    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') {
      return false;
    }

    throw error;
  }
}
