import { buildApiSchema } from '../schema/build-schema';
import { MUTATION_AUDIT_RULES } from './mutation-audit';

describe('mutation audit rules', () => {
  it('name every mutation of the schema, and only those', async () => {
    const schema = await buildApiSchema();
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();

    expect(Object.keys(MUTATION_AUDIT_RULES).sort()).toEqual(mutations);
  });
});
