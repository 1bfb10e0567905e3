import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ImportFormat {
  DENUE = 'DENUE',
  ENLACE = 'ENLACE',
}
registerEnumType(ImportFormat, {
  name: 'ImportFormat',
  description: 'DENUE: an INEGI DENUE extract (42 columns); ENLACE: the enlace CSV template (see README)',
});

@ObjectType()
export class ImportSkipModel {
  @Field(() => Int, { description: '1-based line in the CSV (the header is line 1)' })
  line: number;
  @Field(() => String)
  reason: string;
}

@ObjectType()
export class ImportErrorModel {
  @Field(() => Int, { description: '1-based line in the CSV (the header is line 1)' })
  line: number;
  @Field(() => String)
  field: string;
  @Field(() => String)
  message: string;
}

@ObjectType()
export class PossibleDuplicateModel {
  @Field(() => Int)
  line: number;
  @Field(() => String)
  name: string;
  @Field(() => String, { description: 'ID of the existing supplier it may duplicate' })
  existingId: string;
  @Field(() => String)
  existingName: string;
  @Field(() => String)
  reason: string;
}

@ObjectType({ description: 'Outcome of an import: every data row is created, updated, unchanged, skipped or an error' })
export class ImportReportModel {
  @Field(() => Int)
  created: number;
  @Field(() => Int)
  updated: number;
  @Field(() => Int)
  unchanged: number;
  @Field(() => [ImportSkipModel])
  skipped: ImportSkipModel[];
  @Field(() => [ImportErrorModel])
  errors: ImportErrorModel[];
  @Field(() => [PossibleDuplicateModel], {
    description: 'Rows that look like existing suppliers (same RFC, or a similar name within 1 km); never merged',
  })
  possibleDuplicates: PossibleDuplicateModel[];
  @Field(() => Int, { description: 'Data rows read (excluding the header and blank lines)' })
  rows: number;
  @Field(() => Boolean)
  dryRun: boolean;
}
