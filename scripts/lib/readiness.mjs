/**
 * Checks that `npm start` runs to learn whether a port is free and whether a service responds.
 */
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const POLL_INTERVAL_MS = 500;
const HTTP_ATTEMPT_TIMEOUT_MS = 2000;
/** gRPC status NOT_FOUND, which DescribeNamespace returns for an unknown namespace. */
const GRPC_NOT_FOUND = 5;

/** A failed start-up check; its message names the problem and the fix, so callers print no stack trace. */
export class StackCheckError extends Error {
  constructor(message) {
    super(message);
    this.name = 'StackCheckError';
  }
}

/** Rejects when something already listens on 127.0.0.1:port. `fix` is the sentence that says what to do. */
export async function assertPortFree(port, fix) {
  await new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error) => {
      if (error.code === 'EADDRINUSE') {
        reject(new StackCheckError(`127.0.0.1:${port} is already in use; ${fix}`));
      } else {
        reject(error);
      }
    });
    server.listen(port, '127.0.0.1', () => server.close(resolve));
  });
}

/**
 * Polls a URL until it returns a status below 500. `isAlive` stops the wait early when the process that
 * should respond has exited.
 */
export async function waitForHttp(url, { timeoutMs, isAlive, init = {} }) {
  const deadline = Date.now() + timeoutMs;
  let lastProblem = 'no response yet';
  while (Date.now() < deadline && isAlive()) {
    try {
      const response = await fetch(url, { ...init, signal: AbortSignal.timeout(HTTP_ATTEMPT_TIMEOUT_MS) });
      await response.arrayBuffer();
      if (response.status < 500) {
        return response.status;
      }

      lastProblem = `HTTP ${response.status}`;
    } catch (error) {
      lastProblem = error.cause?.code ?? error.message;
    }

    await sleep(POLL_INTERVAL_MS);
  }

  throw new StackCheckError(`${url} did not respond within ${timeoutMs / 1000} s (last result: ${lastProblem}).`);
}

/**
 * Polls a Temporal frontend until it describes the namespace, using the SDK client from the workspace's
 * node_modules. An unknown namespace fails at once, since waiting will not create it.
 */
export async function waitForTemporal(repoRoot, address, namespace, { timeoutMs, isAlive }) {
  const { Connection } = createRequire(path.join(repoRoot, 'package.json'))('@temporalio/client');
  const deadline = Date.now() + timeoutMs;
  let lastProblem = 'no response yet';
  while (Date.now() < deadline && isAlive()) {
    let connection;
    try {
      connection = await Connection.connect({ address, connectTimeout: HTTP_ATTEMPT_TIMEOUT_MS });
      await connection.workflowService.describeNamespace({ namespace });

      return;
    } catch (error) {
      if (error.code === GRPC_NOT_FOUND) {
        throw new StackCheckError(
          `Temporal at ${address} has no namespace "${namespace}"; create it with ` +
            `\`temporal operator namespace create --address ${address} --namespace ${namespace}\` or set TEMPORAL_NAMESPACE.`,
        );
      }

      lastProblem = error.message;
    } finally {
      await connection?.close();
    }

    await sleep(POLL_INTERVAL_MS);
  }

  throw new StackCheckError(`Temporal at ${address} did not respond within ${timeoutMs / 1000} s (last result: ${lastProblem}).`);
}
