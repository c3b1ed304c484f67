import { z } from 'zod';
import { IdSchema, PartialDateSchema } from './common';

/**
 * A date the shared date control offers as a preset: a fixed day, the date of a timeline event,
 * or today. Presets marked `snapshot` also get pre-rendered pages (for example
 * /compare/matrix/2006-12-11/) that read without JavaScript.
 */
export const DatePresetSchema = z
  .object({
    id: IdSchema,
    label: z.string().min(3).max(40),
    /** A fixed date... */
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
      .optional(),
    /** ...or the date of a timeline event (which carries its own sources). */
    event: IdSchema.optional(),
    /** ...or neither: today. */
    snapshot: z.boolean().default(false),
  })
  .refine((p) => !(p.date && p.event), { message: 'give a date or an event, not both', path: ['event'] });

/** A named set of matrix columns, offered as a one-tap choice; `defaultFrom` makes it the default from that date. */
export const ColumnSetSchema = z.object({
  id: IdSchema,
  label: z.string().min(3).max(40),
  systems: z.array(IdSchema).min(1),
  /** The set is the default view for dates from this one on (the latest such set wins). */
  defaultFrom: PartialDateSchema.optional(),
});

/** A date preset. */
export type DatePreset = z.output<typeof DatePresetSchema>;
/** A column set. */
export type ColumnSet = z.output<typeof ColumnSetSchema>;
