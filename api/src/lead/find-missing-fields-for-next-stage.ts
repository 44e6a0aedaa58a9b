import {
  FORWARD_STAGES,
  findMissingFields,
  type GovernanceModel,
  type LeadAttributes,
  type LeadField,
  type Stage,
} from '@accord/governance';

/**
 * Returns the fields that the forward stage after `stage` requires and the lead lacks, in the order
 * the stage lists them. An exit stage and the last forward stage (OPPORTUNITY) have no next stage.
 */
export function findMissingFieldsForNextStage(stage: Stage, attributes: LeadAttributes, model: GovernanceModel): LeadField[] {
  const index = FORWARD_STAGES.indexOf(stage);
  const next = index === -1 ? undefined : FORWARD_STAGES[index + 1];
  if (next === undefined) {
    return [];
  }

  const definition = model.stages.find((candidate) => candidate.stage === next);

  return definition === undefined ? [] : findMissingFields(attributes, definition.requiredFields);
}
