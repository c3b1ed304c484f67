import { z } from 'zod';
import { TECHNOLOGY_KINDS, UPSTREAM_STATES } from '../lib/vocabulary';
import {
  EvidenceListSchema,
  IdSchema,
  KernelVersionSchema,
  PartialDateSchema,
  SourcesSchema,
} from './common';

/** One milestone of a technology's life in mainline Linux (merged, removed, ...). */
const UpstreamEventSchema = z.object({
  /** Names a milestone, so that a shared fact can point at it. */
  id: IdSchema.optional(),
  version: KernelVersionSchema.optional(),
  date: PartialDateSchema,
  note: z.string().optional(),
  sources: SourcesSchema,
  evidence: EvidenceListSchema,
});

/** A system, interface or piece of hardware the atlas describes. */
export const TechnologySchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  kind: z.enum(TECHNOLOGY_KINDS),
  summary: z.string().min(20),
  /** The page that explains it, relative to the site root, e.g. `/technologies/kvm/`. */
  page: z
    .string()
    .regex(/^\/[a-z0-9/-]*\/$/)
    .optional(),
  dates: z.object({
    first: PartialDateSchema,
    firstNote: z.string().optional(),
    /** The end of its life: removal from the kernel, or the last release. */
    last: PartialDateSchema.optional(),
    lastNote: z.string().optional(),
    sources: SourcesSchema,
    evidence: EvidenceListSchema,
  }),
  upstream: z.object({
    status: z.enum(UPSTREAM_STATES),
    merged: UpstreamEventSchema.optional(),
    removed: UpstreamEventSchema.optional(),
    milestones: z.array(UpstreamEventSchema.extend({ label: z.string() })).default([]),
  }),
  license: z.string().optional(),
  related: z.array(IdSchema).default([]),
});

/** A technology as the site uses it, after defaults are applied. */
export type Technology = z.output<typeof TechnologySchema>;
