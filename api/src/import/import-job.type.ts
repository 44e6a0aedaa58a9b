import type { ImportJobEntity } from '@accord/db';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('ImportProblem', { description: 'Why one row of an import file was not stored as a new lead.' })
export class ImportProblem {
  @Field(() => Int, { description: 'Data row of the file, from 1 for the first row after the header.' })
  rowNumber!: number;

  @Field(() => String, { description: 'Lead field or source column at fault, or row for a malformed row.' })
  field!: string;

  @Field(() => String, { nullable: true, description: 'The value as read, or null when it was missing.' })
  value!: string | null;

  @Field(() => String, { description: 'What is wrong and how to fix it.' })
  message!: string;
}

@ObjectType('ImportJob', { description: 'A bulk import of leads from a file, processed row by row in the background.' })
export class ImportJob {
  @Field(() => ID, { description: 'Import job id (UUID).' })
  id!: string;

  @Field(() => String, { description: 'Name of the uploaded file.' })
  fileName!: string;

  @Field(() => String, { description: 'Preset that mapped the columns, chosen by name or from the header.' })
  preset!: string;

  @Field(() => String, { description: 'RUNNING, COMPLETED or FAILED.' })
  status!: string;

  @Field(() => String, { nullable: true, description: 'Why the whole file failed, such as a header that matches no preset.' })
  error!: string | null;

  @Field(() => Int, { description: 'Data rows in the file.' })
  rowsTotal!: number;

  @Field(() => Int, { description: 'Rows processed so far; updated at least every 10 rows.' })
  rowsDone!: number;

  @Field(() => Int, { description: 'Rows stored as new leads.' })
  rowsCreated!: number;

  @Field(() => Int, { description: 'Rows whose e-mail address already belongs to a lead.' })
  rowsDuplicate!: number;

  @Field(() => Int, { description: 'Rows rejected for invalid or missing values.' })
  rowsInvalid!: number;

  @Field(() => Date, { description: 'When the import started.' })
  startedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the import completed or failed.' })
  finishedAt!: Date | null;
}

export function toImportJob(entity: ImportJobEntity): ImportJob {
  return {
    id: entity.id,
    fileName: entity.fileName,
    preset: entity.preset,
    status: entity.status,
    error: entity.error,
    rowsTotal: entity.rowsTotal,
    rowsDone: entity.rowsDone,
    rowsCreated: entity.rowsCreated,
    rowsDuplicate: entity.rowsDuplicate,
    rowsInvalid: entity.rowsInvalid,
    startedAt: entity.startedAt,
    finishedAt: entity.finishedAt,
  };
}
