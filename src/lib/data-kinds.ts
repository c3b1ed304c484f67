import type { z } from 'zod';
import { FactSchema } from '../schemas/fact';
import { GlossaryTermSchema } from '../schemas/glossary';
import { TechnologySchema } from '../schemas/technology';
import { TimelineEventSchema } from '../schemas/timeline';
import { TimelinePeriodSchema } from '../schemas/timeline-periods';
import { MatrixCellEntrySchema, MatrixDimensionEntrySchema } from '../schemas/matrix';
import { StackSystemSchema } from '../schemas/stack';
import { PathScenarioSchema } from '../schemas/path';
import { RingConfigSchema } from '../schemas/rings';
import { PvGroupSchema } from '../schemas/pvops';
import { BenchmarkSchema } from '../schemas/benchmarks';
import { DecisionCandidateSchema, DecisionQuestionSchema } from '../schemas/decision';
import { ColumnSetSchema, DatePresetSchema } from '../schemas/views';
import { EscapeSchema } from '../schemas/escape';
import { KernelReleaseSchema } from '../schemas/kernel-release';
import { LineageEdgeSchema, LineageNodeSchema } from '../schemas/lineage';
import { InterfaceSystemSchema } from '../schemas/interfaces';

/**
 * One kind of data: the YAML file under content/data that holds it and the schema of an entry.
 * Entries may also sit in a folder named after the file (`glossary/*.yaml` beside
 * `glossary.yaml`), so that a new subject can bring its data in files of its own.
 */
export interface DataKind<S extends z.ZodType = z.ZodType> {
  file: string;
  schema: S;
  /** Whether the kind may have no file at all (a missing optional kind reads as []). */
  optional?: boolean;
  /** For entries without an `id`: the id used in messages and duplicate checks. */
  idOf?: (entry: unknown) => string;
  /** The field that a file in the kind's folder sets for all its entries, from its name. */
  fileField?: string;
  /** The field that names an entry in messages before it is validated (default `id`). */
  idField?: string;
}

/**
 * Every kind of data the site reads. Each file is a YAML list of entries with an `id`, except
 * matrix cells, which are named by system and dimension: content/data/cells/<system>.yaml.
 */
export const dataKinds = {
  technologies: { file: 'technologies.yaml', schema: TechnologySchema },
  glossary: { file: 'glossary.yaml', schema: GlossaryTermSchema },
  timeline: { file: 'timeline.yaml', schema: TimelineEventSchema },
  timelinePeriods: { file: 'timeline-periods.yaml', schema: TimelinePeriodSchema, optional: true },
  facts: { file: 'facts.yaml', schema: FactSchema },
  dimensions: { file: 'dimensions.yaml', schema: MatrixDimensionEntrySchema, optional: true },
  cells: {
    file: 'cells.yaml',
    schema: MatrixCellEntrySchema,
    optional: true,
    fileField: 'system',
    idField: 'dimension',
    idOf: (c: unknown) => {
      const cell = c as { system: string; dimension: string };
      return `${cell.system}/${cell.dimension}`;
    },
  },
  stack: { file: 'stack.yaml', schema: StackSystemSchema },
  paths: { file: 'paths.yaml', schema: PathScenarioSchema, optional: true },
  rings: { file: 'rings.yaml', schema: RingConfigSchema, optional: true },
  pvops: { file: 'pvops.yaml', schema: PvGroupSchema, optional: true },
  benchmarks: { file: 'benchmarks.yaml', schema: BenchmarkSchema, optional: true },
  decision: { file: 'decision.yaml', schema: DecisionQuestionSchema, optional: true },
  decisionCandidates: {
    file: 'decision-candidates.yaml',
    schema: DecisionCandidateSchema,
    optional: true,
    idField: 'technology',
    idOf: (c: unknown) => (c as { technology: string }).technology,
  },
  datePresets: { file: 'date-presets.yaml', schema: DatePresetSchema, optional: true },
  columnSets: { file: 'column-sets.yaml', schema: ColumnSetSchema, optional: true },
  escapes: { file: 'escapes.yaml', schema: EscapeSchema, optional: true },
  kernelReleases: { file: 'kernel-releases.yaml', schema: KernelReleaseSchema, optional: true },
  lineageNodes: { file: 'lineage-nodes.yaml', schema: LineageNodeSchema, optional: true },
  lineage: { file: 'lineage.yaml', schema: LineageEdgeSchema, optional: true },
  interfaces: {
    file: 'interfaces.yaml',
    schema: InterfaceSystemSchema,
    optional: true,
    idField: 'system',
    idOf: (e: unknown) => (e as { system: string }).system,
  },
} satisfies Record<string, DataKind>;

/** The name of a registered kind of data. */
export type DataKindName = keyof typeof dataKinds;

/** The validated entries of every kind. */
export type AtlasData = { [K in DataKindName]: z.output<(typeof dataKinds)[K]['schema']>[] };
