/**
 * Runs the child processes of `npm start`: one-shot tasks (install, build, migrate, seed, import) and
 * long-running services. Each child writes to `.data/logs/<name>.log` and runs in its own process group, so
 * stopping it also stops what it spawned (npm runs vite through a shell, for example).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const STOP_GRACE_MS = 10_000;
const TAIL_LINE_COUNT = 40;

export class TaskFailedError extends Error {
  constructor(name, exitStatus, logFile) {
    super(`${name} failed (${describeExit(exitStatus)}); see ${logFile}.`);
    this.name = 'TaskFailedError';
    this.logFile = logFile;
  }
}

export class Supervisor {
  /**
   * @param {object} options
   * @param {string} options.cwd folder the children run in
   * @param {string} options.logDir folder for the `<name>.log` files
   * @param {(line: string) => void} options.print console output, one line per call
   * @param {(name: string, exitStatus: string | number) => void} options.onUnexpectedExit called when a service
   *   exits before `stopAll`
   */
  constructor({ cwd, logDir, print, onUnexpectedExit }) {
    this.cwd = cwd;
    this.logDir = logDir;
    this.print = print;
    this.onUnexpectedExit = onUnexpectedExit;
    this.running = new Map();
    this.stopLastNames = new Set();
    this.stopping = false;
    fs.mkdirSync(logDir, { recursive: true });
  }

  logFileOf(name) {
    return path.join(this.logDir, `${name}.log`);
  }

  /**
   * Runs a command to completion and resolves with its standard output. With `echo`, each output line also
   * goes to the console with the task's name in front, except JSON log lines, which stay in the log file.
   * Rejects with TaskFailedError on a non-zero exit.
   */
  async runTask(name, command, args, { env, echo = false } = {}) {
    const logFile = this.logFileOf(name);
    const log = fs.createWriteStream(logFile);
    const startedAt = Date.now();
    const shownCommand = command === process.execPath ? 'node' : command;
    this.print(`[${name}] ${[shownCommand, ...args].join(' ')} (log ${path.relative(this.cwd, logFile)})`);

    const child = spawn(command, args, { cwd: this.cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    this.running.set(name, child);
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      log.write(chunk);
    });
    child.stderr.on('data', (chunk) => log.write(chunk));
    if (echo) {
      this.echoLines(name, child.stdout);
      this.echoLines(name, child.stderr);
    }

    const exitStatus = await waitForExit(child);
    this.running.delete(name);
    await new Promise((resolve) => log.end(resolve));
    if (exitStatus !== 0) {
      throw new TaskFailedError(name, exitStatus, logFile);
    }

    this.print(`[${name}] finished in ${formatSeconds(Date.now() - startedAt)}`);

    return stdout;
  }

  /** Starts a long-running service; its exit before `stopAll` is reported through `onUnexpectedExit`. */
  startService(name, command, args, { env, stopLast = false } = {}) {
    if (stopLast) {
      this.stopLastNames.add(name);
    }

    const logFile = this.logFileOf(name);
    const logFd = fs.openSync(logFile, 'w');
    const child = spawn(command, args, { cwd: this.cwd, env, detached: true, stdio: ['ignore', logFd, logFd] });
    fs.closeSync(logFd);
    this.running.set(name, child);
    this.print(`[${name}] started, pid ${child.pid} (log ${path.relative(this.cwd, logFile)})`);

    waitForExit(child).then((exitStatus) => {
      this.running.delete(name);
      if (this.stopping) {
        this.print(`[${name}] stopped`);

        return;
      }

      this.onUnexpectedExit(name, exitStatus);
    });

    return child;
  }

  isRunning(name) {
    return this.running.has(name);
  }

  /** Returns the last lines of a child's log, for the console after a failure. */
  tailLog(name) {
    let text;
    try {
      text = fs.readFileSync(this.logFileOf(name), 'utf8');
    } catch {
      return '';
    }

    return text.trimEnd().split('\n').slice(-TAIL_LINE_COUNT).join('\n');
  }

  /**
   * Stops every child: SIGTERM to its process group, then SIGKILL to the group when it is still there after
   * the grace period. Services started with `stopLast` (the servers the others depend on) stop after the rest.
   */
  async stopAll() {
    this.stopping = true;
    const children = [...this.running.entries()];
    const stopGroup = ([name, child]) =>
      stopProcessGroup(child.pid, () => this.print(`[${name}] still running after SIGTERM; sending SIGKILL`));

    await Promise.all(children.filter(([name]) => !this.stopLastNames.has(name)).map(stopGroup));
    await Promise.all(children.filter(([name]) => this.stopLastNames.has(name)).map(stopGroup));
  }

  echoLines(name, stream) {
    let pending = '';
    stream.on('data', (chunk) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      lines.forEach((line) => this.echoLine(name, line));
    });
    stream.on('end', () => this.echoLine(name, pending));
  }

  echoLine(name, line) {
    const text = line.replace(/\r$/, '');
    if (text !== '' && !text.startsWith('{')) {
      this.print(`[${name}] ${text}`);
    }
  }
}

function waitForExit(child) {
  return new Promise((resolve) => {
    child.on('error', (error) => resolve(error.message));
    child.on('exit', (code, signal) => resolve(code ?? signal));
  });
}

async function stopProcessGroup(pgid, announceKill) {
  if (!signalGroup(pgid, 'SIGTERM')) {
    return;
  }

  const deadline = Date.now() + STOP_GRACE_MS;
  while (Date.now() < deadline) {
    await sleep(100);
    if (!signalGroup(pgid, 0)) {
      return;
    }
  }

  announceKill();
  signalGroup(pgid, 'SIGKILL');
}

/** Sends a signal to a process group; returns false when the group no longer exists. */
function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);

    return true;
  } catch (error) {
    if (error.code === 'ESRCH') {
      return false;
    }

    throw error;
  }
}

function describeExit(exitStatus) {
  return typeof exitStatus === 'number' ? `exit code ${exitStatus}` : `${exitStatus}`;
}

export function formatSeconds(milliseconds) {
  return `${(milliseconds / 1000).toFixed(1)} s`;
}

export { describeExit };
