import { Stage, type GovernanceModel, type StageDefinition } from './model';

/**
 * Builds the default definitions of WON and LOST. Both close an opportunity, so they share its order
 * (5), run no SLA clock and need no entry criteria or fields beyond what OPPORTUNITY required.
 */
export function closedOutcomeStageDefinitions(): StageDefinition[] {
  const common = { order: 5, entryCriteria: null, requiredFields: [], ownerTeam: 'Sales', sla: { default: null } };

  return [
    {
      ...common,
      stage: Stage.Won,
      label: 'Won',
      description: 'The opportunity closed with a signed deal.',
      primaryKpi: 'win rate',
    },
    {
      ...common,
      stage: Stage.Lost,
      label: 'Lost',
      description: 'The opportunity closed without a deal, with a reason for the win-loss review.',
      primaryKpi: 'loss rate by reason',
    },
  ];
}

/**
 * Returns the model's definition of `stage`, or undefined when it has none. WON and LOST came after
 * the first governance versions, so a model may lack them: published versions are never updated, and
 * running lifecycles carry copies of their model in workflow state that no migration can reach. A
 * model without them gets the defaults of `closedOutcomeStageDefinitions`, so old versions can still
 * close opportunities, and `validateGovernanceModel` accepts their absence for the same reason.
 */
export function findStageDefinition(model: GovernanceModel, stage: Stage): StageDefinition | undefined {
  const own = model.stages.find((candidate) => candidate.stage === stage);
  if (own !== undefined) {
    return own;
  }

  return closedOutcomeStageDefinitions().find((candidate) => candidate.stage === stage);
}
