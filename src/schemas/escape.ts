import { z } from 'zod';
import { ESCAPE_IMPACTS, ESCAPE_LAYERS } from '../lib/vocabulary';
import { EvidenceListSchema, IdSchema, PartialDateSchema, SourcesSchema } from './common';

/** A CVE identifier as its issuer writes it: `CVE-2015-3456`. */
export const CveIdSchema = z.string().regex(/^CVE-\d{4}-\d{4,}$/, 'must look like CVE-2015-3456');

/** A Xen Security Advisory number as xenbits writes it: `XSA-133`. */
export const XsaIdSchema = z.string().regex(/^XSA-\d+$/, 'must look like XSA-133');

/**
 * One notable vulnerability that broke or weakened the isolation between a tenant (a guest, a
 * container, a sandboxed program) and the host or its neighbours: which boundary gave way, what it
 * let an attacker do, where it was fixed, and the advisory that disclosed it.
 */
export const EscapeSchema = z
  .object({
    /** The lowercase CVE id (`cve-2015-3456`), or `xsa-NNN` for a Xen issue that has no CVE. */
    id: IdSchema.regex(
      /^(cve-\d{4}-\d{4,}|xsa-\d+)$/,
      'must be a lowercase CVE id (cve-2015-3456) or xsa-NNN',
    ),
    cve: CveIdSchema.optional(),
    xsa: XsaIdSchema.optional(),
    /** A well-known name (VENOM, Dirty COW), where it has one. */
    name: z.string().min(2).optional(),
    title: z.string().min(10),
    /** The day the advisory was published, at the precision its source gives. */
    date: PartialDateSchema,
    /** Technology ids of the systems affected. */
    systems: z.array(IdSchema).min(1, 'needs at least one affected system'),
    /** The boundary that gave way. */
    layer: z.enum(ESCAPE_LAYERS),
    /** The worst it allowed. */
    impact: z.enum(ESCAPE_IMPACTS),
    /** The fixed versions, as the advisory states them. */
    fixedIn: z.array(z.string().min(2)).min(1, 'needs at least one fixed version'),
    /** What broke and why it mattered for isolation, in the atlas's own words. */
    summary: z.string().min(40),
    /** The advisory at its issuer, plus an analysis where one exists. */
    sources: SourcesSchema,
    /** Quotes from the sources that show the disclosure year (and ideally the id). */
    evidence: EvidenceListSchema,
  })
  .superRefine((e, ctx) => {
    if (e.cve && e.id !== e.cve.toLowerCase())
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: `must be "${e.cve.toLowerCase()}", the entry's CVE id in lowercase`,
      });
    if (!e.cve && e.id.startsWith('cve-'))
      ctx.addIssue({
        code: 'custom',
        path: ['cve'],
        message: `is missing: the id names ${e.id.toUpperCase()}`,
      });
    if (e.id.startsWith('xsa-') && e.xsa?.toLowerCase() !== e.id)
      ctx.addIssue({
        code: 'custom',
        path: ['xsa'],
        message: `must be "${e.id.toUpperCase()}", as the id says`,
      });
    const seen = new Set<string>();
    e.systems.forEach((s, i) => {
      if (seen.has(s))
        ctx.addIssue({ code: 'custom', path: ['systems', i], message: `duplicate system "${s}"` });
      seen.add(s);
    });
  });

/** An escape after defaults are applied. */
export type Escape = z.output<typeof EscapeSchema>;
