import { z } from 'zod';
import { IdSchema, SourcesSchema } from './common';

/** One published result set (a table or figure of a paper), charted as grouped bars. */
export const BenchmarkSchema = z
  .object({
    id: IdSchema,
    title: z.string().min(5),
    /** Where in the source the numbers are: "Table 3", "Figure 3". */
    locator: z.string().min(3),
    workload: z.string().min(5),
    hardware: z.string().min(5),
    year: z.number().int().min(1970).max(2100),
    metric: z.string().min(3),
    higherIsBetter: z.boolean(),
    /** True when the values were read off a figure rather than copied from a table. */
    approximate: z.boolean(),
    note: z.string().optional(),
    /** The configurations compared (not technology ids: e.g. "VMware Workstation 3.2"). */
    series: z
      .array(z.object({ id: IdSchema, label: z.string().min(1), technology: IdSchema.optional() }))
      .min(2),
    rows: z
      .array(z.object({ label: z.string().min(1), values: z.record(z.string(), z.number().nonnegative()) }))
      .min(1),
    sources: SourcesSchema,
  })
  .superRefine((b, ctx) => {
    const ids = new Set(b.series.map((s) => s.id));
    b.rows.forEach((r, i) => {
      for (const k of Object.keys(r.values))
        if (!ids.has(k))
          ctx.addIssue({ code: 'custom', path: ['rows', i, 'values', k], message: `unknown series "${k}"` });
    });
  });

/** A published benchmark result set. */
export type Benchmark = z.output<typeof BenchmarkSchema>;
