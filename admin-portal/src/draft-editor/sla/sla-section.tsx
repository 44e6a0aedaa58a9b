import { DEFAULT_CALENDAR_KEY, type Motion, type SlaPolicy, type StageDefinition } from '@accord/governance';
import { MOTIONS } from '@accord/portal-kit';
import { useState } from 'react';
import { strings } from '../../strings';
import { useDraftEditor } from '../draft-editor-context';
import { StagePicker } from '../stages/stage-picker';
import { SlaPolicyForm } from './sla-policy-form';

const labels = strings.slaEditor;

type PolicyKey = 'default' | Motion;

/** Edit the SLA policies of each stage: one default and an optional override per motion. */
export function SlaSection() {
  const { model } = useDraftEditor();
  const [selected, setSelected] = useState(0);
  const index = Math.min(selected, model.stages.length - 1);
  const stage = model.stages[index];

  return (
    <div className="split">
      <StagePicker stages={model.stages} selected={index} onSelect={setSelected} problemScope="sla" />
      {stage !== undefined && (
        <section className="card item-form" aria-labelledby="sla-form-heading">
          <h2 id="sla-form-heading">{labels.heading(stage.label || stage.stage)}</h2>
          <p className="muted">{labels.intro}</p>
          {(['default', ...MOTIONS] as PolicyKey[]).map((key) => (
            <PolicySlot key={`${index}-${key}`} stageIndex={index} stage={stage} policyKey={key} />
          ))}
        </section>
      )}
    </div>
  );
}

interface PolicySlotProps {
  stageIndex: number;
  stage: StageDefinition;
  policyKey: PolicyKey;
}

function newPolicy(calendarKey: string): SlaPolicy {
  return { targetSeconds: 3600, warnPercent: 75, calendarKey, escalation: [] };
}

function PolicySlot({ stageIndex, stage, policyKey }: PolicySlotProps) {
  const { model, update } = useDraftEditor();
  const policy = stage.sla[policyKey] ?? null;
  const title = policyKey === 'default' ? labels.defaultPolicy : labels.motionPolicy(strings.motion[policyKey]);
  const firstCalendar = DEFAULT_CALENDAR_KEY in model.calendars ? DEFAULT_CALENDAR_KEY : (Object.keys(model.calendars)[0] ?? '');

  const setPolicy = (next: SlaPolicy | null) =>
    update((draft) => {
      const sla = draft.stages[stageIndex]?.sla;
      if (sla === undefined) return;

      if (policyKey === 'default') sla.default = next;
      else if (next === null) delete sla[policyKey];
      else sla[policyKey] = next;
    });

  const emptyText = policyKey === 'default' ? labels.noDefault : labels.usesDefault;

  return (
    <section className="policy-slot" aria-label={title}>
      <div className="policy-slot-header">
        <h3>{title}</h3>
        {policy === null ? (
          <button type="button" className="button small" onClick={() => setPolicy(newPolicy(firstCalendar))}>
            {policyKey === 'default' ? labels.addDefault : labels.addOverride}
          </button>
        ) : (
          <button type="button" className="button quiet small danger-text" onClick={() => setPolicy(null)}>
            {policyKey === 'default' ? labels.removeDefault : labels.removeOverride}
          </button>
        )}
      </div>
      {policy === null ? (
        <p className="muted small">{emptyText}</p>
      ) : (
        <SlaPolicyForm policy={policy} path={`stages[${stageIndex}].sla.${policyKey}`} onChange={setPolicy} />
      )}
    </section>
  );
}
