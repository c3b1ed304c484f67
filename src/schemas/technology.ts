import { z } from 'zod';
import { IdSchema, KernelVersionSchema, PartialDateSchema, SourcesSchema } from './common';

/** One milestone of a technology's life in mainline Linux (merged, removed, ...). */
const UpstreamEventSchema = z.object({
  version: KernelVersionSchema.optional(),
  date: PartialDateSchema,
  note: z.string().optional(),
  sources: SourcesSchema,
});

/** A system, interface or piece of hardware the atlas describes. */
export const TechnologySchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  kind: z.enum(['hypervisor', 'os-level', 'interface', 'emulator', 'hardware', 'baseline']),
  summary: z.string().min(20),
  /** The page that explains it, relative to the site root, e.g. `/technologies/kvm/`. */
  page: z
    .string()
    .regex(/^\/[a-z0-9/-]*\/$/)
    .optional(),
  dates: z.object({
    first: PartialDateSchema,
    firstNote: z.string().optional(),
    last: PartialDateSchema.optional(),
    sources: SourcesSchema,
  }),
  upstream: z.object({
    status: z.enum(['mainline', 'out-of-tree', 'removed', 'not-applicable']),
    merged: UpstreamEventSchema.optional(),
    removed: UpstreamEventSchema.optional(),
    milestones: z.array(UpstreamEventSchema.extend({ label: z.string() })).default([]),
  }),
  license: z.string().optional(),
  related: z.array(IdSchema).default([]),
});

/** A technology as the site uses it, after defaults are applied. */
export type Technology = z.output<typeof TechnologySchema>;
