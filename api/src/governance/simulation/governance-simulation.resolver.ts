import { Role } from '@accord/governance';
import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';

import type { RequestContext } from '../../context/request-context';
import { SimulateGovernanceArgs, SimulationResult } from './simulation.types';

@Resolver()
export class GovernanceSimulationResolver {
  @Authorized(Role.Admin, Role.MarketingOps)
  @Query(() => SimulationResult, {
    description:
      'Replays the leads that arrived in the last days through a version and the published version, and compares MQLs, routing load, SLA load and outcomes.',
  })
  simulateGovernance(
    @Ctx() context: RequestContext,
    @Args(() => SimulateGovernanceArgs) args: SimulateGovernanceArgs,
  ): Promise<SimulationResult> {
    return context.services.governanceSimulation.simulate(args.version, args.days);
  }
}
