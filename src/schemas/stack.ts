import { z } from 'zod';
import { STACK_LAYERS } from '../lib/vocabulary';
import { addDuplicateIssues, IdSchema, SourcesSchema } from './common';

/** The layers (rows of the stack drawing, top to bottom) and their names live in the vocabulary. */
export {
  STACK_LAYERS as StackLayers,
  STACK_LAYER_LABELS as stackLayerLabels,
  type StackLayer,
} from '../lib/vocabulary';

/** One box of a system's stack: where it sits, what it is, what it does there. */
export const StackBlockSchema = z.object({
  /** Stable across systems: blocks with the same key are the same part (compare mode selects both). */
  key: z.string().regex(/^[a-z0-9-]+$/),
  layer: z.enum(STACK_LAYERS),
  /** First column (0-3) and number of columns: column 0 is the host side, 1-3 the guests. */
  col: z.number().int().min(0).max(3),
  span: z.number().int().min(1).max(4),
  label: z.string().min(1).max(60),
  detail: z.string().min(10),
  /** `absent` draws a dashed box that says what is missing (e.g. no guest kernel). */
  style: z.enum(['solid', 'absent']).default('solid'),
  page: z
    .string()
    .regex(/^\/[a-z0-9/#-]*$/)
    .optional(),
  sources: SourcesSchema,
});

/** One system's stack. */
export const StackSystemSchema = z
  .object({
    id: IdSchema,
    label: z.string().min(2),
    technology: IdSchema,
    summary: z.string().min(10),
    /**
     * When the system as drawn arrived, if later than its technology's first release (Xen's HVM
     * guests came with Xen 3.0): a timeline event, whose date and sources the timeline keeps.
     */
    since: z.object({ event: IdSchema }).optional(),
    /** The stack system that compare mode starts with beside this one (default: the next one). */
    compareWith: IdSchema.optional(),
    /**
     * What one guest column holds, in the names of repeated blocks ("Guest kernel, guest 1"):
     * `guest` when not given; a system may call it otherwise (container, sandbox, microVM).
     */
    unit: z.string().min(2).max(20).optional(),
    blocks: z.array(StackBlockSchema).min(2),
  })
  .superRefine((s, ctx) => {
    addDuplicateIssues(
      s.blocks,
      (b) => b.key,
      ctx,
      (i) => ['blocks', i, 'key'],
      'block key',
    );
    if (s.compareWith === s.id)
      ctx.addIssue({ code: 'custom', path: ['compareWith'], message: 'names the system itself' });
    s.blocks.forEach((b, i) => {
      if (b.col + b.span > 4)
        ctx.addIssue({ code: 'custom', path: ['blocks', i, 'span'], message: 'runs past column 3' });
    });
  });

/** A system's stack after defaults. */
export type StackSystem = z.output<typeof StackSystemSchema>;
/** A block of a stack. */
export type StackBlock = z.output<typeof StackBlockSchema>;
