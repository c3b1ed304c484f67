import { z } from 'zod';
import { IdSchema, KernelVersionSchema, PartialDateSchema, SourcesSchema } from './common';

/** The groups the matrix's dimensions fall into, in display order. */
export const MatrixGroups = [
  'approach',
  'cpu',
  'memory',
  'io',
  'isolation',
  'resources',
  'operations',
  'platform',
  'project',
] as const;

/** How far a system supports a dimension. */
export const CellStatuses = ['yes', 'partial', 'no', 'n/a', 'unknown', 'out-of-tree'] as const;

/** One system's value on one dimension, with its status, qualifiers and sources. */
export const MatrixCellSchema = z.object({
  system: IdSchema,
  value: z.string().min(1),
  status: z.enum(CellStatuses),
  note: z.string().optional(),
  since: z
    .object({
      version: z.string().optional(),
      kernel: KernelVersionSchema.optional(),
      date: PartialDateSchema.optional(),
    })
    .optional(),
  sources: SourcesSchema,
});

/** A dimension (a row of questions) of the comparison matrix, with a cell per system. */
export const MatrixDimensionSchema = z.object({
  id: IdSchema,
  group: z.enum(MatrixGroups),
  label: z.string().min(3),
  description: z.string().min(10),
  /** Glossary terms that explain the dimension; linked from its header. */
  terms: z.array(IdSchema).default([]),
  cells: z.array(MatrixCellSchema).min(1),
});

/** A matrix dimension. */
export type MatrixDimension = z.output<typeof MatrixDimensionSchema>;
/** A matrix cell. */
export type MatrixCell = z.output<typeof MatrixCellSchema>;
