import { z } from 'zod';
import { ESCAPE_LAYERS } from '../lib/vocabulary';
import { addDuplicateIssues, EvidenceListSchema, IdSchema, SourcesSchema } from './common';

/** How exact a count is, as its source states it. */
export const SIZE_QUALIFIERS = ['exactly', 'about', 'more than', 'at most'] as const;

/**
 * The size of an interface where a source gives one: how many hypercalls, system calls, ioctls or
 * device models, under which conditions (a release or tag, an architecture, a platform or option).
 */
export const InterfaceSizeSchema = z.object({
  count: z.number().int().positive(),
  qualifier: z.enum(SIZE_QUALIFIERS).default('exactly'),
  /** What is counted, in the plural: `hypercalls`, `host system calls`. */
  unit: z.string().min(3),
  /** Where the count holds: the release or tag, the architecture, the options. */
  conditions: z.string().min(20),
});

/** One interface a layer exposes to the layer above it. */
export const ExposedInterfaceSchema = z
  .object({
    /** What is exposed: `Hypercalls`, `Emulated and virtio devices`. */
    name: z.string().min(3),
    /** Who can reach it: `the guest kernel`, `the VMM process`. */
    to: z.string().min(3),
    /** What the interface is and why it matters for isolation, in the atlas's own words. */
    detail: z.string().min(20),
    /** Absent where no source gives a count: the views then say "not counted". */
    size: InterfaceSizeSchema.optional(),
    sources: SourcesSchema,
    /** For a size: a quote that shows the count, or a locator into a file at a tag that states it. */
    evidence: EvidenceListSchema,
  })
  .superRefine((i, ctx) => {
    i.evidence.forEach((e, n) => {
      if (!i.sources.includes(e.source))
        ctx.addIssue({
          code: 'custom',
          path: ['evidence', n, 'source'],
          message: `"${e.source}" is not among the sources`,
        });
    });
    if (!i.size) return;
    if (!i.evidence.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['evidence'],
        message: 'is missing: a size needs a quote or a locator that shows it',
      });
      return;
    }
    const shows = new RegExp(`(^|[^0-9.])${i.size.count}(?![0-9])`);
    if (!i.evidence.some((e) => shows.test(e.quote) || shows.test(e.locator)))
      ctx.addIssue({
        code: 'custom',
        path: ['evidence'],
        message: `no quote or locator shows the count ${i.size.count}`,
      });
  });

/**
 * One layer between tenant code and the host, named by a block of the stack data (the stack id
 * and block key), never retyped: its label comes from there.
 */
export const IsolationLayerSchema = z.object({
  /** The stack the block belongs to, where it differs from the system's own (Xen's HVM device model). */
  stack: IdSchema.optional(),
  block: z.string().regex(/^[a-z0-9-]+$/, 'must be a stack block key'),
  /**
   * The boundaries (ESCAPE_LAYERS) whose escapes are drawn on this layer. Written out rather than
   * derived from the block's stack row, because the same boundary sits in different rows: KVM's
   * vhost back ends are in the host kernel, Xen's in dom0.
   */
  escapes: z.array(z.enum(ESCAPE_LAYERS)).default([]),
  interfaces: z.array(ExposedInterfaceSchema).min(1, 'needs at least one interface'),
});

/** One system's layers between its tenants and the host, top (nearest the tenant) first. */
export const InterfaceSystemSchema = z
  .object({
    /** The technology id; the entry's name in messages. */
    system: IdSchema,
    /** The stack (content/data/stack.yaml or stack/*.yaml) the blocks are taken from. */
    stack: IdSchema,
    /** What the tenant controls: where the attacker starts. */
    tenant: z.string().min(10),
    layers: z.array(IsolationLayerSchema).min(1, 'needs at least one layer'),
  })
  .superRefine((s, ctx) => {
    addDuplicateIssues(
      s.layers,
      (l) => `${l.stack ?? s.stack}/${l.block}`,
      ctx,
      (i) => ['layers', i, 'block'],
      'block',
    );
    const boundaries = s.layers.flatMap((l, i) =>
      l.escapes.map((e, j) => ({ e, path: ['layers', i, 'escapes', j] })),
    );
    addDuplicateIssues(
      boundaries,
      (b) => b.e,
      ctx,
      (i) => boundaries[i]!.path,
      'boundary (each is drawn on one layer)',
    );
  });

/** A system's isolation layers after defaults. */
export type InterfaceSystem = z.output<typeof InterfaceSystemSchema>;
/** One layer after defaults. */
export type IsolationLayer = z.output<typeof IsolationLayerSchema>;
/** One exposed interface after defaults. */
export type ExposedInterface = z.output<typeof ExposedInterfaceSchema>;
/** A size after defaults. */
export type InterfaceSize = z.output<typeof InterfaceSizeSchema>;
