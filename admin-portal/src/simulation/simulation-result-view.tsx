import { strings } from '../strings';
import { ComparisonTable } from './comparison-table';
import type { OutcomeSimulation, SimulationResult } from './simulation.operations';

const labels = strings.simulation;

/** Show what a simulated version would change: MQLs per motion, routing load, SLA load and outcomes. */
export function SimulationResultView({ result }: { result: SimulationResult }) {
  const motionRows = result.motions.map((motion) => ({
    key: motion.motion,
    label: labels.motionRow(strings.motion[motion.motion], motion.leadCount),
    baseline: motion.baselineMql,
    draft: motion.draftMql,
  }));

  return (
    <section className="section simulation-result" aria-labelledby="simulation-result-heading">
      <h2 id="simulation-result-heading">{labels.resultHeading(result.version, result.baselineVersion)}</h2>
      <p className="muted">
        {labels.resultSummary(result.leadCount, result.days)} {labels.elapsed(result.elapsedMs)}
      </p>
      <p className="legend">
        <span className="legend-swatch baseline" aria-hidden="true" /> {labels.legendBaseline(result.baselineVersion)}
        <span className="legend-swatch draft" aria-hidden="true" /> {labels.legendDraft(result.version)}
      </p>

      <ComparisonTable caption={labels.mqlCaption} rows={motionRows} empty={labels.noLeads} />
      <OutcomeCards outcomes={result.outcomes} />

      <div className="simulation-columns section">
        <ComparisonTable caption={labels.repLoadCaption} rows={result.repLoad} empty={labels.noLoad} />
        <ComparisonTable caption={labels.teamLoadCaption} rows={result.teamLoad} empty={labels.noLoad} />
      </div>
      <div className="section">
        <ComparisonTable caption={labels.slaLoadCaption} rows={result.slaLoad} format={labels.hours} empty={labels.noLoad} />
      </div>
    </section>
  );
}

function OutcomeCards({ outcomes }: { outcomes: OutcomeSimulation }) {
  const cards = [
    {
      key: 'accepted',
      title: labels.outcomes.acceptedKeptOut,
      value: outcomes.acceptedKeptOut,
      total: outcomes.acceptedTotal,
      hint: labels.outcomes.acceptedHint,
    },
    { key: 'won', title: labels.outcomes.wonKeptOut, value: outcomes.wonKeptOut, total: outcomes.wonTotal, hint: labels.outcomes.wonHint },
    {
      key: 'rejected',
      title: labels.outcomes.rejectedLetIn,
      value: outcomes.rejectedLetIn,
      total: outcomes.rejectedTotal,
      hint: labels.outcomes.rejectedHint,
    },
  ];

  return (
    <section className="section" aria-labelledby="outcomes-heading">
      <h3 id="outcomes-heading">{labels.outcomes.heading}</h3>
      <ul className="outcome-cards">
        {cards.map((card) => (
          <li key={card.key} className={`card outcome-card ${card.value > 0 ? 'attention' : ''}`}>
            <p className="outcome-title">{card.title}</p>
            <p className="outcome-value">{labels.outcomes.ofTotal(card.value, card.total)}</p>
            <p className="muted small">{card.hint}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
