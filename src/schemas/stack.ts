import { z } from 'zod';
import { addDuplicateIssues, IdSchema, SourcesSchema } from './common';

/** The layers of the architecture stack, from the top of the drawing to the bottom. */
export const StackLayers = [
  'guest-user',
  'guest-kernel',
  'device-model',
  'privileged',
  'hypervisor',
  'cpu-mode',
  'hardware',
] as const;

/** A stack layer id. */
export type StackLayer = (typeof StackLayers)[number];

/** Display names of the layers (the row labels). */
export const stackLayerLabels: Record<StackLayer, string> = {
  'guest-user': 'Guest user space',
  'guest-kernel': 'Guest kernel',
  'device-model': 'Device model',
  privileged: 'Privileged domain or host user space',
  hypervisor: 'Hypervisor or host kernel',
  'cpu-mode': 'CPU mode or ring',
  hardware: 'Hardware',
};

/** One box of a system's stack: where it sits, what it is, what it does there. */
export const StackBlockSchema = z.object({
  /** Stable across systems: blocks with the same key morph into each other. */
  key: z.string().regex(/^[a-z0-9-]+$/),
  layer: z.enum(StackLayers),
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
    s.blocks.forEach((b, i) => {
      if (b.col + b.span > 4)
        ctx.addIssue({ code: 'custom', path: ['blocks', i, 'span'], message: 'runs past column 3' });
    });
  });

/** A system's stack after defaults. */
export type StackSystem = z.output<typeof StackSystemSchema>;
/** A block of a stack. */
export type StackBlock = z.output<typeof StackBlockSchema>;
