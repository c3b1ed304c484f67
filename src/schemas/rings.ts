import { z } from 'zod';
import { addDuplicateIssues, IdSchema, SourcesSchema } from './common';

/** Where a component runs: VMX root (or SVM host) vs non-root (guest), and its ring. */
export const RingPlacementSchema = z.object({
  /** Stable across configurations: placements with the same key move between them. */
  key: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(2).max(40),
  /** `host` is VMX root / SVM host mode, or plain operation when no hardware assist is in use. */
  mode: z.enum(['host', 'guest']),
  ring: z.number().int().min(0).max(3),
  detail: z.string().min(10),
  sources: SourcesSchema,
});

/** One configuration of the privilege-modes diagram (native, Xen PV 32-bit, ...). */
export const RingConfigSchema = z
  .object({
    id: IdSchema,
    label: z.string().min(2),
    technology: IdSchema,
    /** Whether hardware virtualization (VT-x / AMD-V) is in use: otherwise the guest column is empty. */
    hardwareAssist: z.boolean(),
    summary: z.string().min(10),
    placements: z.array(RingPlacementSchema).min(1),
  })
  .superRefine((c, ctx) => {
    addDuplicateIssues(
      c.placements,
      (p) => p.key,
      ctx,
      (i) => ['placements', i, 'key'],
      'key',
    );
    c.placements.forEach((p, i) => {
      if (p.mode === 'guest' && !c.hardwareAssist)
        ctx.addIssue({
          code: 'custom',
          path: ['placements', i, 'mode'],
          message: 'guest mode needs hardwareAssist: true',
        });
    });
  });

/** A privilege-modes configuration. */
export type RingConfig = z.output<typeof RingConfigSchema>;
