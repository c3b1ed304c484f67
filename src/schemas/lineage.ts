import { z } from 'zod';
import { LINEAGE_KINDS, LINEAGE_LANES } from '../lib/vocabulary';
import { EvidenceListSchema, IdSchema, PartialDateSchema, SourcesSchema } from './common';

// The lanes (and their words) live in src/lib/vocabulary.ts; VM-side and container-side
// interfaces sit on the outside so that most edges cross at most one lane.
export { LINEAGE_LANES, LANE_LABELS, type LineageLane } from '../lib/vocabulary';

/**
 * One thing in the lineage: a technology the atlas describes, or another project, interface or
 * product the story needs. A node that names a `technology` takes from it (one home per fact)
 * whatever it leaves out: its name, its first date and sources, and the end of its life.
 */
export const LineageNodeSchema = z
  .object({
    id: IdSchema,
    /** The atlas technology this node is, or is a part of (content/data/technologies.yaml). */
    technology: IdSchema.optional(),
    name: z.string().min(2).optional(),
    /** A shorter name for the drawing, where the name is long. */
    short: z.string().min(2).max(24).optional(),
    lane: z.enum(LINEAGE_LANES),
    /** First release, merge or announcement, at the precision the sources give. */
    date: PartialDateSchema.optional(),
    /** What the date is (for example "first tagged release"), where that is not obvious. */
    dateNote: z.string().optional(),
    summary: z.string().min(20),
    sources: SourcesSchema.optional(),
    /** Quotes that show the date, where the node gives its own. */
    evidence: EvidenceListSchema,
  })
  .refine((n) => n.technology || (n.name && n.date && n.sources), {
    message: 'a node that is not an atlas technology needs its own name, date and sources',
    path: ['technology'],
  });

/** One cited link of the lineage: something that passed from one node to a later one. */
export const LineageEdgeSchema = z
  .object({
    id: IdSchema,
    from: IdSchema,
    to: IdSchema,
    kind: z.enum(LINEAGE_KINDS),
    /** When it passed, at the precision the sources give. */
    date: PartialDateSchema,
    /** What passed, in one short sentence of the atlas's own words. */
    label: z.string().min(20).max(240),
    sources: SourcesSchema,
    /** Quotes that show the link and its year. */
    evidence: EvidenceListSchema,
  })
  .refine((e) => e.from !== e.to, { message: 'an edge must join two different nodes', path: ['to'] });

/** A lineage node as written in the data, after defaults are applied. */
export type LineageNodeEntry = z.output<typeof LineageNodeSchema>;
/** A lineage edge after defaults are applied. */
export type LineageEdge = z.output<typeof LineageEdgeSchema>;
