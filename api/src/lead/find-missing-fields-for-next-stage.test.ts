import { Stage } from '@accord/governance';

import { findMissingFieldsForNextStage } from './find-missing-fields-for-next-stage';
import { buildTestAttributes, buildTestModel } from './lead-governance-fields.fixture';

describe('findMissingFieldsForNextStage', () => {
  it.each([
    [Stage.Lead, ['industry', 'country', 'title']],
    [Stage.Mql, []],
    [Stage.Sal, ['useCase', 'employeeCount']],
    [Stage.Sql, ['annualRevenueUsd']],
    [Stage.Opportunity, []],
    [Stage.Rejected, []],
    [Stage.Recycled, []],
    [Stage.Disqualified, []],
  ])('in %s lists %p', (stage, expected) => {
    expect(findMissingFieldsForNextStage(stage, buildTestAttributes(), buildTestModel())).toEqual(expected);
  });

  it('leaves out fields the lead has', () => {
    const attributes = buildTestAttributes({ useCase: 'Route inbound freight', employeeCount: 0 });

    expect(findMissingFieldsForNextStage(Stage.Sal, attributes, buildTestModel())).toEqual([]);
  });

  it('counts blank text as missing', () => {
    const attributes = buildTestAttributes({ useCase: '   ', employeeCount: 40 });

    expect(findMissingFieldsForNextStage(Stage.Sal, attributes, buildTestModel())).toEqual(['useCase']);
  });

  it('reads the required fields from the model given', () => {
    const model = buildTestModel();
    const sql = model.stages.find((definition) => definition.stage === Stage.Sql);
    if (sql !== undefined) {
      sql.requiredFields = ['phone'];
    }

    expect(findMissingFieldsForNextStage(Stage.Sal, buildTestAttributes(), model)).toEqual(['phone']);
  });
});
