import { OperatorService, WorkflowService, type ConnectionLike } from '@temporalio/client';

type RpcImplementation = Parameters<typeof WorkflowService.create>[0];

/** What the fake server does with an UpdateWorkflowExecution request. */
export type UpdateBehaviour = { kind: 'HANG' } | { kind: 'COMPLETE'; result: unknown };

/**
 * A Temporal connection that responds in-process instead of over gRPC, for tests of client code with
 * a real `Client`. UpdateWorkflowExecution either completes with `result` or never responds, like a
 * server whose workflow has no worker, until the call is cancelled through `withAbortSignal`.
 */
export class FakeTemporalConnection implements ConnectionLike {
  readonly plugins = [];
  readonly workflowService: WorkflowService;
  readonly operatorService: OperatorService;
  updateBehaviour: UpdateBehaviour = { kind: 'HANG' };
  /** Names of the gRPC methods called, in order. */
  readonly calls: string[] = [];
  private readonly signals: AbortSignal[] = [];

  constructor() {
    const rpc: RpcImplementation = (method, _requestData, callback) => {
      this.calls.push(method.name);
      if (method.name !== 'UpdateWorkflowExecution') {
        callback(new Error(`FakeTemporalConnection does not implement ${method.name}`));

        return;
      }
      if (this.updateBehaviour.kind === 'COMPLETE') {
        const responseType = 'resolvedResponseType' in method ? method.resolvedResponseType : null;
        callback(null, responseType?.encode(completedUpdate(this.updateBehaviour.result)).finish());

        return;
      }

      const signal = this.signals[this.signals.length - 1];
      signal?.addEventListener('abort', () => callback(Object.assign(new Error('CANCELLED: the call was cancelled'), { code: 1 })), {
        once: true,
      });
    };
    this.workflowService = WorkflowService.create(rpc, false, false);
    this.operatorService = OperatorService.create(rpc, false, false);
  }

  async close(): Promise<void> {}

  async ensureConnected(): Promise<void> {}

  withDeadline<R>(_deadline: number | Date, fn: () => Promise<R>): Promise<R> {
    return fn();
  }

  withMetadata<R>(_metadata: Record<string, unknown>, fn: () => Promise<R>): Promise<R> {
    return fn();
  }

  withAbortSignal<R>(signal: AbortSignal, fn: () => Promise<R>): Promise<R> {
    this.signals.push(signal);

    return fn();
  }
}

/** Builds an UpdateWorkflowExecutionResponse at stage COMPLETED whose outcome is `result` as a JSON payload. */
function completedUpdate(result: unknown): Record<string, unknown> {
  const payload = { metadata: { encoding: Buffer.from('json/plain') }, data: Buffer.from(JSON.stringify(result)) };

  return {
    updateRef: { workflowExecution: { workflowId: 'lead-fake', runId: 'fake-run' }, updateId: 'fake-update' },
    outcome: { success: { payloads: [payload] } },
    stage: 3,
  };
}
