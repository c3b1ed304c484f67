import { z } from 'zod';
import { EvidenceSchema, IdSchema, PartialDateSchema, SourcesSchema } from './common';

/** How an answer bears on a system. `excludes` rules it out; the others add to its score. */
export const Effects = ['strong-for', 'for', 'against', 'excludes'] as const;

/**
 * The change that starts or ends an effect: a timeline event (whose date, sources and quotes live
 * in timeline.yaml), or a date with its own sources and a quote that shows its year or the version
 * its label names.
 */
export const DecisionBoundarySchema = z.union([
  z.object({ event: IdSchema }).strict(),
  z
    .object({
      date: PartialDateSchema,
      /** What changed, in a few words: "Linux 3.6 adds VFIO". */
      label: z.string().min(5).max(120),
      sources: SourcesSchema,
      evidence: z.array(EvidenceSchema).min(1, 'needs a quote that shows the date'),
    })
    .strict(),
]);

/**
 * One reason: an answer's effect on one system, with its sources. It holds from `since` up to, not
 * including, `until`; without them it holds for as long as the system exists.
 */
export const DecisionEffectSchema = z
  .object({
    technology: IdSchema,
    effect: z.enum(Effects),
    /** One sentence, in the atlas's own words. */
    reason: z.string().min(10).max(280),
    sources: SourcesSchema,
    since: DecisionBoundarySchema.optional(),
    until: DecisionBoundarySchema.optional(),
  })
  .strict();

/** A requirement the reader states, with its possible answers. The first answer, "No preference", is the default. */
export const DecisionQuestionSchema = z
  .object({
    id: IdSchema,
    label: z.string().min(5),
    help: z.string().optional(),
    /** A page of the atlas that explains the question further. */
    link: z
      .object({
        href: z.string().regex(/^\/[a-z0-9/-]*\/$/, 'must be a path on the site, like /compare/matrix/'),
        label: z.string().min(5),
      })
      .strict()
      .optional(),
    options: z
      .array(
        z
          .object({
            id: IdSchema,
            label: z.string().min(1),
            effects: z.array(DecisionEffectSchema).default([]),
          })
          .strict(),
      )
      .min(2),
  })
  .strict();

/**
 * A system the guide ranks: a technology id and how the guide names it ("KVM with QEMU/libvirt").
 * The order of content/data/decision-candidates.yaml breaks ties.
 */
export const DecisionCandidateSchema = z
  .object({
    technology: IdSchema,
    name: z.string().min(2).max(60),
  })
  .strict();

/** A decision-guide question. */
export type DecisionQuestion = z.output<typeof DecisionQuestionSchema>;
/** One effect of an answer. */
export type DecisionEffect = z.output<typeof DecisionEffectSchema>;
/** The start or end of an effect. */
export type DecisionBoundary = z.output<typeof DecisionBoundarySchema>;
/** A candidate of the guide. */
export type DecisionCandidate = z.output<typeof DecisionCandidateSchema>;
