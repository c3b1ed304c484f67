import type { z } from 'zod';
import { FactSchema } from '../schemas/fact';
import { GlossaryTermSchema } from '../schemas/glossary';
import { TechnologySchema } from '../schemas/technology';
import { TimelineEventSchema } from '../schemas/timeline';
import { MatrixDimensionSchema } from '../schemas/matrix';
import { StackSystemSchema } from '../schemas/stack';
import { PathScenarioSchema } from '../schemas/path';
import { RingConfigSchema } from '../schemas/rings';
import { PvGroupSchema } from '../schemas/pvops';
import { BenchmarkSchema } from '../schemas/benchmarks';
import { DecisionQuestionSchema } from '../schemas/decision';

/** One kind of data: the YAML file under content/data that holds it and the schema of an entry. */
export interface DataKind<S extends z.ZodType = z.ZodType> {
  file: string;
  schema: S;
  /** Whether the file is optional while the site grows (a missing optional file reads as []). */
  optional?: boolean;
}

/**
 * Every kind of data the site reads. Each file is a YAML list of entries with an `id`.
 * Later kinds (matrix, request paths, pv_ops, benchmarks) register here too.
 */
export const dataKinds = {
  technologies: { file: 'technologies.yaml', schema: TechnologySchema },
  glossary: { file: 'glossary.yaml', schema: GlossaryTermSchema },
  timeline: { file: 'timeline.yaml', schema: TimelineEventSchema },
  facts: { file: 'facts.yaml', schema: FactSchema },
  matrix: { file: 'matrix.yaml', schema: MatrixDimensionSchema, optional: true },
  stack: { file: 'stack.yaml', schema: StackSystemSchema },
  paths: { file: 'paths.yaml', schema: PathScenarioSchema, optional: true },
  rings: { file: 'rings.yaml', schema: RingConfigSchema, optional: true },
  pvops: { file: 'pvops.yaml', schema: PvGroupSchema, optional: true },
  benchmarks: { file: 'benchmarks.yaml', schema: BenchmarkSchema, optional: true },
  decision: { file: 'decision.yaml', schema: DecisionQuestionSchema, optional: true },
} satisfies Record<string, DataKind>;

/** The name of a registered kind of data. */
export type DataKindName = keyof typeof dataKinds;

/** The validated entries of every kind. */
export type AtlasData = { [K in DataKindName]: z.output<(typeof dataKinds)[K]['schema']>[] };
