import { formatDuration } from '@accord/portal-kit';
import { strings } from '../strings';
import type { StageDefinition } from './governance.operations';

const labels = strings.governance.stages;

/** Show each funnel stage's written contract: entry criteria, required fields, owner, SLA and KPI. */
export function StageTable({ stages }: { stages: StageDefinition[] }) {
  const ordered = [...stages].sort((left, right) => left.order - right.order);

  return (
    <div className="table-wrap">
      <table>
        <caption>{labels.heading}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.stage}</th>
            <th scope="col">{labels.entryCriteria}</th>
            <th scope="col">{labels.requiredFields}</th>
            <th scope="col">{labels.ownerTeam}</th>
            <th scope="col">{labels.sla}</th>
            <th scope="col">{labels.primaryKpi}</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((stage) => (
            <tr key={stage.stage}>
              <th scope="row">
                {stage.label}
                <div className="muted small">{stage.description}</div>
              </th>
              <td>{stage.entryCriteria ?? strings.notSet}</td>
              <td>
                <RequiredFields fields={stage.requiredFields} />
              </td>
              <td>{stage.ownerTeam}</td>
              <td>{describeSla(stage)}</td>
              <td>{stage.primaryKpi}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RequiredFields({ fields }: { fields: string[] }) {
  if (fields.length === 0) return <span className="muted">{labels.noRequiredFields}</span>;

  return (
    <ul className="chip-list">
      {fields.map((field) => (
        <li key={field} className="chip mono">
          {field}
        </li>
      ))}
    </ul>
  );
}

function describeSla(stage: StageDefinition): string {
  if (stage.slaSummary !== null && stage.slaSummary !== '') return stage.slaSummary;
  if (stage.slaTargetSeconds !== null) return formatDuration(stage.slaTargetSeconds);

  return labels.noSla;
}
