import { z } from 'zod';
import { addDuplicateIssues, IdSchema, SourcesSchema } from './common';

/** The kinds of control transfer a request path can take between two steps. */
export const Transitions = [
  'call',
  'syscall',
  'trap',
  'fault',
  'vm-exit',
  'vm-entry',
  'hypercall',
  'event-channel',
  'interrupt',
  'ioctl',
  'shared-memory',
  'dma',
  'return',
  'upcall',
] as const;

/** One step of a request path: which component acts, how control arrived, what happens. */
export const PathStepSchema = z.object({
  lane: IdSchema,
  /** How control reached this step's component from the previous step. */
  via: z.enum(Transitions).optional(),
  text: z.string().min(10).max(300),
  sources: SourcesSchema,
});

/** One system's path through a scenario. */
export const PathVariantSchema = z
  .object({
    id: IdSchema,
    label: z.string().min(2),
    technology: IdSchema,
    lanes: z.array(z.object({ id: IdSchema, label: z.string().min(2) })).min(2),
    steps: z.array(PathStepSchema).min(2),
  })
  .superRefine((v, ctx) => {
    const lanes = new Set(v.lanes.map((l) => l.id));
    v.steps.forEach((s, i) => {
      if (!lanes.has(s.lane))
        ctx.addIssue({
          code: 'custom',
          path: ['steps', i, 'lane'],
          message: `unknown lane "${s.lane}" (lanes: ${[...lanes].join(', ')})`,
        });
    });
  });

/** A scenario (a guest system call, a disk write, ...) and its variants, one per system. */
export const PathScenarioSchema = z
  .object({
    id: IdSchema,
    label: z.string().min(3),
    question: z.string().min(10),
    variants: z.array(PathVariantSchema).min(2),
  })
  .superRefine((s, ctx) =>
    addDuplicateIssues(
      s.variants,
      (v) => v.id,
      ctx,
      (i) => ['variants', i, 'id'],
      'variant',
    ),
  );

/** A request-path scenario. */
export type PathScenario = z.output<typeof PathScenarioSchema>;
/** One system's path. */
export type PathVariant = z.output<typeof PathVariantSchema>;
