import { SlaState } from '@accord/db';
import { Motion, Stage, type GovernanceModel } from '@accord/governance';

import { buildTestModel } from './lead-governance-fields.fixture';
import { listSlaPauseReasons } from './list-sla-pause-reasons';

/** Builds the test model with pause reasons on the SAL default policy and a partner policy without any. */
function modelWithPauseReasons(): GovernanceModel {
  const model = buildTestModel();
  const sal = model.stages.find((definition) => definition.stage === Stage.Sal);
  const policy = sal?.sla.default;
  if (sal === undefined || policy === undefined || policy === null) {
    throw new Error('the default model has no SAL policy');
  }
  sal.sla.default = { ...policy, pauseReasons: ['waiting on the buyer', 'holiday'] };
  sal.sla[Motion.Partner] = { ...policy, pauseReasons: [] };

  return model;
}

describe('listSlaPauseReasons', () => {
  it.each([SlaState.OnTrack, SlaState.Warning, SlaState.Breached, SlaState.Paused])('lists the policy’s reasons while %s', (slaState) => {
    const lead = { slaState, slaStage: Stage.Sal, motion: Motion.Inbound };

    expect(listSlaPauseReasons(lead, modelWithPauseReasons())).toEqual(['waiting on the buyer', 'holiday']);
  });

  it.each([SlaState.None, SlaState.Met])('is empty while %s', (slaState) => {
    const lead = { slaState, slaStage: Stage.Sal, motion: Motion.Inbound };

    expect(listSlaPauseReasons(lead, modelWithPauseReasons())).toEqual([]);
  });

  it('is empty without an SLA stage', () => {
    const lead = { slaState: SlaState.OnTrack, slaStage: null, motion: Motion.Inbound };

    expect(listSlaPauseReasons(lead, modelWithPauseReasons())).toEqual([]);
  });

  it('uses the motion’s own policy', () => {
    const lead = { slaState: SlaState.OnTrack, slaStage: Stage.Sal, motion: Motion.Partner };

    expect(listSlaPauseReasons(lead, modelWithPauseReasons())).toEqual([]);
  });

  it('is empty for a policy without pause reasons', () => {
    const lead = { slaState: SlaState.OnTrack, slaStage: Stage.Sql, motion: Motion.Inbound };

    expect(listSlaPauseReasons(lead, modelWithPauseReasons())).toEqual([]);
  });
});
