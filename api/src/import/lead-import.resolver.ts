import { Role } from '@accord/governance';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';

import { requireCaller } from '../auth/auth-checker';
import type { RequestContext } from '../context/request-context';
import { ImportJob, ImportProblem, toImportJob } from './import-job.type';
import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_ROWS, MAX_RUNNING_IMPORTS_PER_USER } from './import-limits';

export const DEFAULT_PROBLEM_LIMIT = 1000;
export const MAX_PROBLEM_LIMIT = 10_000;

@InputType('ImportLeadsInput', { description: 'A lead file to import.' })
export class ImportLeadsInput {
  @MaxLength(255, { message: 'fileName must be at most 255 characters' })
  @Field(() => String, { description: 'Name of the file; a name ending in .json reads as a Salesforce sObject tree.' })
  fileName!: string;

  @Field(() => String, {
    description:
      `The file’s text: CSV with a header line, or sObject tree JSON. At most ${MAX_IMPORT_FILE_BYTES} bytes of UTF-8 ` +
      `(${MAX_IMPORT_FILE_BYTES / 1_000_000} MB) and ${MAX_IMPORT_ROWS} data rows; split a larger file and import each part.`,
  })
  content!: string;

  @IsOptional()
  @MaxLength(100, { message: 'preset must be at most 100 characters' })
  @Field(() => String, { nullable: true, description: 'Preset that maps the columns; chosen from the header when absent.' })
  preset?: string | null;
}

@ArgsType()
class ImportProblemsArgs {
  @Min(1, { message: `first must be from 1 to ${MAX_PROBLEM_LIMIT}` })
  @Max(MAX_PROBLEM_LIMIT, { message: `first must be from 1 to ${MAX_PROBLEM_LIMIT}` })
  @Field(() => Int, { defaultValue: DEFAULT_PROBLEM_LIMIT, description: `Maximum number of problems, from 1 to ${MAX_PROBLEM_LIMIT}.` })
  first!: number;
}

@Resolver(() => ImportJob)
export class LeadImportResolver {
  @Authorized(Role.Admin, Role.MarketingOps, Role.Manager)
  @Mutation(() => ImportJob, {
    description:
      'Starts an import and returns its job at once; poll importJob(id) for rowsDone of rowsTotal. A file over the size or row ' +
      'limit of content, or one that cannot be read, returns a FAILED job whose error names the problem. CONFLICT when the ' +
      `caller already has ${MAX_RUNNING_IMPORTS_PER_USER} imports RUNNING; the refused file is still recorded as a FAILED job.`,
  })
  async importLeads(@Ctx() context: RequestContext, @Arg('input', () => ImportLeadsInput) input: ImportLeadsInput): Promise<ImportJob> {
    const caller = requireCaller(context);
    const started = await context.services.leadImports.start(caller, {
      fileName: input.fileName,
      content: input.content,
      preset: input.preset ?? null,
    });

    return toImportJob(started.job);
  }

  @Authorized(Role.Admin, Role.MarketingOps, Role.Manager)
  @Query(() => ImportJob, { nullable: true, description: 'An import job; visible to the user who started it and to admins.' })
  async importJob(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<ImportJob> {
    return toImportJob(await context.services.leadImports.findJob(requireCaller(context), id));
  }

  @FieldResolver(() => [ImportProblem], { description: 'Problems of the rejected rows, in row order.' })
  problems(@Root() job: ImportJob, @Ctx() context: RequestContext, @Args(() => ImportProblemsArgs) args: ImportProblemsArgs): Promise<ImportProblem[]> {
    return context.services.leadImports.listProblems(job.id, args.first);
  }
}
