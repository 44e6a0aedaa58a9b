import { buildDefaultGovernanceModel } from '../default-model';
import { diffGovernanceModels } from '../diff-governance-models';
import { Motion, type FitWeight, type GovernanceModel } from '../model';
import { describeFitWeight } from '../score-fit';
import { applyCalibrationChange } from './apply-calibration-change';
import { calibrateMotion, MIN_CALIBRATION_DECISIONS } from './calibrate-motion';
import type { CalibrationProposal, CalibrationReport } from './calibration-types';
import { logistic } from './logistic-regression';
import { buildSyntheticHistory } from './synthetic-history.fixture';

/** The default model, whose outbound thresholds (fit 50, intent 20) sit below the synthetic optimum of fit 60. */
function baseModel(): GovernanceModel {
  return buildDefaultGovernanceModel({
    teams: [{ key: 'sales', label: 'Sales' }],
    pools: [{ key: 'sales', label: 'Sales', teamKey: 'sales', memberIds: ['rep-1'] }],
  });
}

/** Acceptance depends on fit alone: 50% at fit 60, rising 0.08 log-odds per point. */
const TRUE_SLOPE = 0.08;
const TRUE_MIDPOINT = 60;
const trueAcceptance = (fitScore: number): number => logistic(TRUE_SLOPE * (fitScore - TRUE_MIDPOINT));

function calibrate(leads: ReturnType<typeof buildSyntheticHistory>, model = baseModel()): CalibrationReport {
  return calibrateMotion({ motion: Motion.Outbound, model, leads, periodLabel: 'the test period' });
}

function proposalOfKind(report: CalibrationReport, kind: CalibrationProposal['kind']): CalibrationProposal {
  const proposal = report.proposals.find((candidate) => candidate.kind === kind);
  if (proposal === undefined) {
    throw new Error(`no ${kind} proposal; notes: ${report.notes.join(' | ')}`);
  }

  return proposal;
}

describe('calibrateMotion on a known relation', () => {
  const leads = buildSyntheticHistory({ count: 4000, seed: 7, acceptance: (fit) => trueAcceptance(fit) });
  const report = calibrate(leads);

  it('fits an acceptance model', () => {
    expect(report.refusal).toBeNull();
    expect(report.acceptance).not.toBeNull();
  });

  it('recovers the fit coefficient', () => {
    const fit = report.acceptance?.fitCoefficient ?? 0;

    expect(fit).toBeGreaterThan(TRUE_SLOPE * 0.8);
    expect(fit).toBeLessThan(TRUE_SLOPE * 1.2);
  });

  it('finds no behaviour effect', () => {
    const acceptance = report.acceptance;

    expect(Math.abs((acceptance?.behaviourCoefficient ?? 1) / (acceptance?.behaviourStandardError ?? 1))).toBeLessThan(1.96);
  });

  it('ranks held-out leads well', () => {
    // With fit uniform on 0..100 the true probabilities themselves reach an AUC of 0.909 (computed
    // by summing over all score pairs), and about 800 held-out decisions give a standard error near 0.01.
    expect(report.acceptance?.auc.auc).toBeGreaterThanOrEqual(0.87);
    expect(report.acceptance?.heldOutCount).toBeGreaterThan(600);
    expect(report.acceptance?.heldOutCount).toBeLessThan(1000);
  });

  it('predicts each band close to observed', () => {
    const rows = (report.acceptance?.calibration ?? []).filter((row) => row.count >= 50);

    expect(rows.length).toBeGreaterThanOrEqual(8);
    for (const row of rows) {
      expect(Math.abs((row.meanPredicted ?? 0) - (row.observedRate ?? 0))).toBeLessThan(0.12);
    }
  });

  it('proposes a fit threshold near 60', () => {
    const proposal = proposalOfKind(report, 'THRESHOLDS');

    expect(proposal.change.fitThreshold).toBeGreaterThanOrEqual(TRUE_MIDPOINT - 4);
    expect(proposal.change.fitThreshold).toBeLessThanOrEqual(TRUE_MIDPOINT + 4);
    expect(proposal.change.intentThreshold).toBeNull();
  });

  it('computes the effect on volume and acceptance', () => {
    const proposal = proposalOfKind(report, 'THRESHOLDS');
    const threshold = proposal.proposed.fitThreshold;
    const expectedVolume = leads.filter((lead) => lead.fitScore >= threshold && lead.behaviourScore >= 20).length;

    expect(proposal.current.mqlCount).toBe(leads.filter((lead) => lead.fitScore >= 50 && lead.behaviourScore >= 20).length);
    expect(proposal.proposed.mqlCount).toBe(expectedVolume);
    expect(proposal.proposed.predictedAcceptanceRate ?? 0).toBeGreaterThan(proposal.current.predictedAcceptanceRate ?? 1);
    expect(proposal.explanation.join(' ')).toContain(`${expectedVolume} would have been MQL`);
  });

  it('counts conversions in the band tables', () => {
    const band = report.fitBands[9];

    expect(band?.low).toBe(90);
    expect(band?.high).toBe(100);
    expect(band?.decisions).toBe(leads.filter((lead) => lead.fitScore >= 90).length);
    expect(band?.converted).toBe(leads.filter((lead) => lead.fitScore >= 90 && lead.converted === true).length);
  });

  it('is deterministic', () => {
    expect(calibrate(leads)).toEqual(report);
  });
});

describe('calibrateMotion with too few outcomes', () => {
  const leads = buildSyntheticHistory({ count: 150, seed: 3, acceptance: (fit) => trueAcceptance(fit) });
  const report = calibrate(leads);

  it('refuses with the counts needed', () => {
    expect(report.refusal).toContain('150 accept or reject decisions');
    expect(report.refusal).toContain(`at least ${MIN_CALIBRATION_DECISIONS} decisions`);
  });

  it('proposes nothing', () => {
    expect(report.acceptance).toBeNull();
    expect(report.proposals).toEqual([]);
  });

  it('still tabulates bands', () => {
    expect(report.fitBands.reduce((sum, row) => sum + row.leads, 0)).toBe(150);
  });
});

describe('calibrateMotion fit weights', () => {
  const model = baseModel();
  const weight = (predicate: (candidate: FitWeight) => boolean): FitWeight => {
    const found = model.scoring.fitWeights.find(predicate);
    if (found === undefined) {
      throw new Error('weight missing from the default model');
    }

    return found;
  };
  const purchased = weight((candidate) => candidate.field === 'source' && candidate.equals === 'Purchased List');
  const web = weight((candidate) => candidate.field === 'source' && candidate.equals === 'Web');
  const banking = weight((candidate) => candidate.field === 'industry' && candidate.equals === 'Banking');
  const large = weight((candidate) => candidate.field === 'employeeCount' && candidate.min === 1000);
  // In truth a purchased list is worth -25 points, not the +5 the model gives it.
  const truePoints = new Map([
    [describeFitWeight(purchased), -25],
    [describeFitWeight(web), web.points],
    [describeFitWeight(banking), banking.points],
    [describeFitWeight(large), large.points],
  ]);

  const leads = buildSyntheticHistory({
    count: 6000,
    seed: 11,
    acceptance: () => 0,
    // A fifth of the leads have a source without a weight, so the two source weights are not each
    // other's complement, which would make only their difference identifiable.
    fitLines: (random) => {
      const draw = random();
      let source: typeof purchased[] = [];
      if (draw < 0.4) {
        source = [purchased];
      } else if (draw < 0.8) {
        source = [web];
      }
      const extras = [banking, large].filter(() => random() < 0.5);

      return [...source, ...extras].map((matched) => ({ matched: describeFitWeight(matched), points: matched.points }));
    },
  }).map((lead, index) => {
    const truth = lead.fitLines.reduce((sum, line) => sum + (truePoints.get(line.matched) ?? 0), 0);
    const draw = ((index * 2654435761) % 1000) / 1000;

    return { ...lead, accepted: draw < logistic(TRUE_SLOPE * (truth - 30)) };
  });
  const report = calibrate(leads, model);

  it('lowers the purchased-list points', () => {
    const proposal = proposalOfKind(report, 'FIT_WEIGHTS');
    const change = proposal.change.fitWeights.find((candidate) => candidate.weight === describeFitWeight(purchased));

    expect(change?.from).toBe(5);
    expect(change?.to).toBeLessThanOrEqual(-15);
    expect(change?.to).toBeGreaterThanOrEqual(-35);
  });

  it('keeps the correct weights', () => {
    const proposal = proposalOfKind(report, 'FIT_WEIGHTS');

    expect(proposal.change.fitWeights.map((change) => change.weight)).toEqual([describeFitWeight(purchased)]);
  });

  it('changes no threshold in the weight proposal', () => {
    const proposal = proposalOfKind(report, 'FIT_WEIGHTS');

    expect(proposal.change.fitThreshold).toBeNull();
    expect(proposal.change.intentThreshold).toBeNull();
  });
});

describe('applyCalibrationChange', () => {
  it('changes exactly the proposal', () => {
    const before = baseModel();
    const after = applyCalibrationChange(before, {
      motion: Motion.Outbound,
      fitThreshold: 61,
      intentThreshold: null,
      fitWeights: [{ weight: 'source is "Purchased List"', from: 5, to: -20 }],
    });

    expect(diffGovernanceModels(before, after).map((entry) => entry.path)).toEqual([
      'motions[1].fitThreshold',
      expect.stringMatching(/^scoring\.fitWeights\[\d+\]\.points$/),
    ]);
  });

  it('rejects an unknown weight', () => {
    expect(() =>
      applyCalibrationChange(baseModel(), {
        motion: Motion.Outbound,
        fitThreshold: null,
        intentThreshold: null,
        fitWeights: [{ weight: 'source is "Carrier Pigeon"', from: 0, to: 10 }],
      }),
    ).toThrow('is not a fit weight of the model');
  });

  it('rejects a threshold above 100', () => {
    expect(() =>
      applyCalibrationChange(baseModel(), { motion: Motion.Outbound, fitThreshold: 140, intentThreshold: null, fitWeights: [] }),
    ).toThrow('fitThreshold 140 is not a score');
  });
});
