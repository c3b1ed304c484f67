import { z } from 'zod';
import { IdSchema, SourcesSchema } from './common';

/** How an answer bears on a system. `excludes` rules it out; the others add to its score. */
export const Effects = ['strong-for', 'for', 'against', 'excludes'] as const;

/** One reason: an answer's effect on one system, in one era, with its sources. */
export const DecisionEffectSchema = z.object({
  technology: IdSchema,
  /** `2007` for the answer as it stood then, `today` for now, `both` for each. */
  era: z.enum(['2007', 'today', 'both']).default('both'),
  effect: z.enum(Effects),
  reason: z.string().min(10).max(280),
  sources: SourcesSchema,
});

/** A requirement the reader states, with its possible answers. The first answer is the default. */
export const DecisionQuestionSchema = z.object({
  id: IdSchema,
  label: z.string().min(5),
  help: z.string().optional(),
  options: z
    .array(
      z.object({
        id: IdSchema,
        label: z.string().min(1),
        effects: z.array(DecisionEffectSchema).default([]),
      }),
    )
    .min(2),
});

/** A decision-guide question. */
export type DecisionQuestion = z.output<typeof DecisionQuestionSchema>;
/** One effect of an answer. */
export type DecisionEffect = z.output<typeof DecisionEffectSchema>;
