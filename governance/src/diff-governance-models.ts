import { describeList, inSentence } from './describe-governance-values';
import { diffCalendars } from './diff-calendars';
import { describeChange, pairByKey, pairPath } from './diff-helpers';
import { diffRoutingPools, diffRoutingRules, diffTeams } from './diff-routing';
import { diffScoring } from './diff-scoring';
import { diffStages } from './diff-stages';
import { Stage, type GovernanceModel, type MotionDefinition, type ReasonCode } from './model';

/** One changed field between two governance models, in words an admin reads. */
export interface GovernanceDiffEntry {
  /** Location of the change, such as `motions[0].fitThreshold`, indexed in `after`, or in `before` for a removal. */
  path: string;
  /** The change as a sentence, such as `MQL fit threshold for inbound: 60 → 70`. */
  description: string;
  /** The old value in words, or null when the item is new. */
  before: string | null;
  /** The new value in words, or null when the item was removed. */
  after: string | null;
}

function describeKinds(reason: ReasonCode): string {
  return describeList(reason.kinds.map((kind) => kind.toLowerCase()));
}

function diffReasonCode(path: string, before: ReasonCode, after: ReasonCode): GovernanceDiffEntry[] {
  const subject = `Reason code ${after.code}`;
  const entries: GovernanceDiffEntry[] = [];

  if (before.active !== after.active) {
    entries.push({
      path: `${path}.active`,
      description: `${subject} ${after.active ? 'reactivated' : 'retired'}`,
      before: before.active ? 'active' : 'retired',
      after: after.active ? 'active' : 'retired',
    });
  }

  return [
    ...entries,
    ...describeChange(`${path}.label`, `${subject} label`, before.label, after.label),
    ...describeChange(`${path}.kinds`, `${subject} kinds`, describeKinds(before), describeKinds(after)),
    ...describeChange(
      `${path}.noteRequired`,
      `${subject} note`,
      before.noteRequired ? 'required' : 'optional',
      after.noteRequired ? 'required' : 'optional',
    ),
  ];
}

function diffReasonCodes(before: GovernanceModel, after: GovernanceModel): GovernanceDiffEntry[] {
  return pairByKey(before.reasonCodes, after.reasonCodes, (reason) => reason.code).flatMap((pair) => {
    const path = pairPath('reasonCodes', pair);
    if (pair.before === null) {
      return [{ path, description: `Reason code ${pair.key} added`, before: null, after: (pair.after as ReasonCode).label }];
    }
    if (pair.after === null) {
      return [{ path, description: `Reason code ${pair.key} removed`, before: pair.before.label, after: null }];
    }

    return diffReasonCode(path, pair.before, pair.after);
  });
}

function describeThresholds(motion: MotionDefinition): string {
  return `fit ${motion.fitThreshold}, intent ${motion.intentThreshold}`;
}

function diffMotions(before: GovernanceModel, after: GovernanceModel): GovernanceDiffEntry[] {
  const mql = after.stages.find((definition) => definition.stage === Stage.Mql)?.label ?? 'MQL';

  return pairByKey(before.motions, after.motions, (motion) => motion.motion).flatMap((pair) => {
    const path = pairPath('motions', pair);
    if (pair.before === null) {
      return [{ path, description: `Motion ${pair.key} added`, before: null, after: describeThresholds(pair.after as MotionDefinition) }];
    }
    if (pair.after === null) {
      return [{ path, description: `Motion ${pair.key} removed`, before: describeThresholds(pair.before), after: null }];
    }

    const name = inSentence(pair.after.label);

    return [
      ...describeChange(`${path}.label`, `Motion ${pair.key} label`, pair.before.label, pair.after.label),
      ...describeChange(
        `${path}.fitThreshold`,
        `${mql} fit threshold for ${name}`,
        String(pair.before.fitThreshold),
        String(pair.after.fitThreshold),
      ),
      ...describeChange(
        `${path}.intentThreshold`,
        `${mql} intent threshold for ${name}`,
        String(pair.before.intentThreshold),
        String(pair.after.intentThreshold),
      ),
    ];
  });
}

function diffConsentCountries(before: GovernanceModel, after: GovernanceModel): GovernanceDiffEntry[] {
  const added = after.consentRequiredCountries.filter((country) => !before.consentRequiredCountries.includes(country));
  const removed = before.consentRequiredCountries.filter((country) => !after.consentRequiredCountries.includes(country));
  const changes = [added.length > 0 ? `added ${added.join(', ')}` : null, removed.length > 0 ? `removed ${removed.join(', ')}` : null];
  if (added.length === 0 && removed.length === 0) {
    return [];
  }

  return [
    {
      path: 'consentRequiredCountries',
      description: `Consent-required countries: ${changes.filter((change) => change !== null).join('; ')}`,
      before: describeList(before.consentRequiredCountries),
      after: describeList(after.consentRequiredCountries),
    },
  ];
}

/**
 * Lists every change from `before` to `after`, field by field, in model order: stages, reason codes,
 * motions, calendars, teams, routing pools, routing rules, scoring and consent countries. Within a
 * list, items follow `after` and removed items come last. Returns [] for identical models. `names`
 * maps user ids to display names for routing pool members; ids without a name appear as they are.
 */
export function diffGovernanceModels(
  before: GovernanceModel,
  after: GovernanceModel,
  names: Readonly<Record<string, string>> = {},
): GovernanceDiffEntry[] {
  return [
    ...diffStages(before, after),
    ...diffReasonCodes(before, after),
    ...diffMotions(before, after),
    ...diffCalendars(before, after),
    ...diffTeams(before, after),
    ...diffRoutingPools(before, after, names),
    ...diffRoutingRules(before, after),
    ...diffScoring(before, after),
    ...diffConsentCountries(before, after),
  ];
}
