import fs from 'node:fs';
import path from 'node:path';
import { Worker } from '@temporalio/worker';
import { installQuietRuntime, sharedWorkflowBundle } from '../support/lifecycle-stack';

jest.setTimeout(120_000);

// `v1-*` histories were recorded before the Lead stage had a clock; they keep the patched() path honest.
const HISTORY_DIR = path.resolve(__dirname, '..', 'fixtures', 'histories');

function recordedHistories(): { workflowId: string; history: unknown }[] {
  return fs
    .readdirSync(HISTORY_DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({
      workflowId: name.replace(/\.json$/, ''),
      history: JSON.parse(fs.readFileSync(path.join(HISTORY_DIR, name), 'utf8')),
    }));
}

describe('lead lifecycle replay', () => {
  it('has recorded histories to replay', () => {
    expect(recordedHistories().length).toBeGreaterThanOrEqual(10);
  });

  // A failure here means the workflow code no longer produces the commands these recorded runs
  // made: guard the change with patched() or, for a deliberate break, record the histories again
  // with `node scripts/run-ts.mjs test/replay/record-histories.ts`.
  it('replays every recorded history with the current workflow code', async () => {
    installQuietRuntime();
    const workflowBundle = await sharedWorkflowBundle();
    const failures: string[] = [];

    for await (const result of Worker.runReplayHistories({ workflowBundle }, recordedHistories())) {
      if (result.error !== undefined) {
        failures.push(`${result.workflowId}: ${result.error.message}`);
      }
    }

    expect(failures).toEqual([]);
  });
});
