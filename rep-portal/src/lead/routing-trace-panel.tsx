import { strings } from '../strings';
import type { RoutingTraceEntry } from './lead.operations';

const labels = strings.routing;

export interface RoutingTracePanelProps {
  trace: readonly RoutingTraceEntry[];
  pool: string | null;
}

/**
 * Explain why the lead has its owner: the routing rules in the order they were evaluated, the
 * candidates that were skipped with the reason, and the assignment or fallback. Entries that name a
 * user or pool show its label, with the key as fallback.
 */
export function RoutingTracePanel({ trace, pool }: RoutingTracePanelProps) {
  if (trace.length === 0) return <p className="muted">{labels.empty}</p>;

  const rules = trace.filter((entry) => entry.step === 'RULE');
  const skipped = trace.filter((entry) => entry.step === 'CANDIDATE');
  const decisions = trace.filter((entry) => entry.step === 'ASSIGNED' || entry.step === 'FALLBACK');
  const others = trace.filter((entry) => !['RULE', 'CANDIDATE', 'ASSIGNED', 'FALLBACK'].includes(entry.step));

  return (
    <div className="card routing-trace">
      {pool !== null && <p className="muted small">{labels.pool(pool)}</p>}
      <TraceGroup heading={labels.rules} entries={rules} />
      <TraceGroup heading={labels.skipped} entries={skipped} />
      <TraceGroup heading={labels.assignment} entries={decisions} />
      <TraceGroup heading={labels.other} entries={others} />
    </div>
  );
}

function TraceGroup({ heading, entries }: { heading: string; entries: RoutingTraceEntry[] }) {
  if (entries.length === 0) return null;

  return (
    <section className="trace-group" aria-label={heading}>
      <h3>{heading}</h3>
      <ol className="trace-list">
        {entries.map((entry, index) => (
          <li key={`${entry.step}-${entry.key}-${index}`}>
            <span className={`badge ${toneOf(entry)}`}>{labels.steps[entry.step] ?? entry.step}</span>{' '}
            <strong>{entry.label ?? entry.key}</strong>
            <span className="muted"> — {entry.outcome}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function toneOf(entry: RoutingTraceEntry): string {
  if (entry.step === 'ASSIGNED') return 'ok';
  if (entry.step === 'FALLBACK' || entry.step === 'CANDIDATE') return 'warn';

  return entry.outcome === 'matched' ? 'accent' : '';
}
