import { z } from 'zod';
import { CELL_STATUSES, MATRIX_GROUPS } from '../lib/vocabulary';
import {
  EvidenceListSchema,
  IdSchema,
  KernelVersionSchema,
  PartialDateSchema,
  SourcesSchema,
} from './common';

/** The groups the matrix's dimensions fall into, in display order. */
export const MatrixGroups = MATRIX_GROUPS;

/** How far a system supports a dimension. */
export const CellStatuses = CELL_STATUSES;

/** A point in a system's history: a release of the system, a kernel version, a date, or several. */
export const MilestoneSchema = z.object({
  version: z.string().optional(),
  kernel: KernelVersionSchema.optional(),
  date: PartialDateSchema.optional(),
});

/** What a system answered on one dimension for a stretch of time, with its sources and evidence. */
export const CellStateSchema = z.object({
  value: z.string().min(1),
  status: z.enum(CellStatuses),
  note: z.string().optional(),
  /** When this state began; absent where it held from the system's first release. */
  since: MilestoneSchema.optional(),
  sources: SourcesSchema,
  /** Quoted evidence for the dates and versions of `since` (and `until`, in history). */
  evidence: EvidenceListSchema,
});

/** An earlier state of a cell, closed by `until`. */
export const PastCellStateSchema = CellStateSchema.extend({
  until: MilestoneSchema.extend({ date: PartialDateSchema }),
});

/**
 * One system's answer on one dimension, as written in content/data/cells/<system>.yaml. The
 * top-level fields are the state today (for a system that has ended, its last state); `history`
 * holds the earlier states, oldest first, each ended by `until`.
 */
export const MatrixCellEntrySchema = CellStateSchema.extend({
  dimension: IdSchema,
  /** Filled in from the file name by the loader. */
  system: IdSchema,
  history: z.array(PastCellStateSchema).default([]),
});

/** A dimension (a row of questions) of the comparison matrix, as written in dimensions.yaml. */
export const MatrixDimensionEntrySchema = z.object({
  id: IdSchema,
  group: z.enum(MatrixGroups),
  label: z.string().min(3),
  description: z.string().min(10),
  /** Glossary terms that explain the dimension; linked from its header. */
  terms: z.array(IdSchema).default([]),
  /** A page that explores the dimension further (for example the isolation explorer). */
  page: z
    .string()
    .regex(/^\/[a-z0-9/#-]*$/)
    .optional(),
});

/** A matrix cell, with its system and history. */
export type MatrixCell = z.output<typeof MatrixCellEntrySchema>;
/** One state of a cell. */
export type CellState = z.output<typeof CellStateSchema>;
/** An earlier, closed state of a cell. */
export type PastCellState = z.output<typeof PastCellStateSchema>;
/** A point in time named by version, kernel and/or date. */
export type Milestone = z.output<typeof MilestoneSchema>;
/** A dimension as written, without its cells. */
export type MatrixDimensionEntry = z.output<typeof MatrixDimensionEntrySchema>;
/** A dimension of the matrix with one cell per system, in column order. */
export type MatrixDimension = MatrixDimensionEntry & { cells: MatrixCell[] };
