import { z } from 'zod';
import { PV_BACKENDS } from '../lib/vocabulary';
import { IdSchema, KernelVersionSchema, SourcesSchema } from './common';

/** The backends the paravirt_ops explorer can bind. */
export const PvBackends = PV_BACKENDS;

/** Which function one backend installs for an operation (or that it leaves the default). */
export const PvBindingSchema = z.object({
  backend: z.enum(PvBackends),
  /** The function name as in the kernel source, e.g. `xen_irq_disable`. */
  fn: z.string().regex(/^[A-Za-z_][\w.]*(\(\))?$|^\(native\)$/),
  note: z.string().optional(),
  sources: SourcesSchema,
});

/** One operation, e.g. `irq_disable` or `write_cr3`. */
export const PvOpSchema = z.object({
  id: IdSchema,
  name: z.string().regex(/^[a-z_][a-z0-9_]*$/),
  description: z.string().min(10),
  bindings: z.array(PvBindingSchema).min(1),
  /** The native instruction a patch site receives on bare metal, if the op is patched inline. */
  patchedNative: z.string().optional(),
});

/** An operation group as split in 2.6.24 (pv_cpu_ops, ...), holding representative operations. */
export const PvGroupSchema = z.object({
  id: IdSchema,
  name: z.string().regex(/^pv_[a-z_]+$/),
  since: KernelVersionSchema,
  description: z.string().min(10),
  sources: SourcesSchema,
  ops: z.array(PvOpSchema).min(1),
});

/** A paravirt_ops group. */
export type PvGroup = z.output<typeof PvGroupSchema>;
