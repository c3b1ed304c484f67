/**
 * The words readers see for the atlas's values, in one place: cell statuses, matrix groups, kinds of
 * technology, upstream states, source tiers, stack layers and the boundaries an escape can break.
 * Schemas build their enums from these lists, and build-time components, browser code and the
 * exports print these labels, so that every view says the same word for the same value. The module
 * imports nothing, so the browser bundle that uses it carries no zod. Colours live beside it as CSS
 * custom properties in src/styles/vocabulary.css, keyed by the same ids.
 */

/** How far a system supports a dimension, in the order a status sort ranks them (most first). */
export const CELL_STATUSES = ['yes', 'partial', 'out-of-tree', 'no', 'unknown', 'n/a'] as const;
/** A cell status. */
export type CellStatus = (typeof CELL_STATUSES)[number];

/** The word printed for each status, beside its colour, so that colour is never the only cue. */
export const STATUS_LABELS: Record<CellStatus, string> = {
  yes: 'Yes',
  partial: 'Partly',
  'out-of-tree': 'Out of tree',
  no: 'No',
  unknown: 'Unknown',
  'n/a': 'Not applicable',
};

/**
 * What a column shows at a date when its system did not exist: not yet released, or already ended
 * (removed from the kernel, or no longer developed). These are states of the column, not statuses
 * of a cell.
 */
export const LIFE_STATES = ['not-yet', 'ended'] as const;
/** A column's state outside its system's lifespan. */
export type LifeState = (typeof LIFE_STATES)[number];
/** The word printed for each life state. */
export const LIFE_LABELS: Record<LifeState, string> = {
  'not-yet': 'Not yet',
  ended: 'Ended',
};

/** The groups the matrix's dimensions fall into, in display order. */
export const MATRIX_GROUPS = [
  'approach',
  'cpu',
  'memory',
  'io',
  'isolation',
  'resources',
  'operations',
  'platform',
  'project',
] as const;
/** A matrix group. */
export type MatrixGroup = (typeof MATRIX_GROUPS)[number];
/** The heading of each group of rows. */
export const GROUP_LABELS: Record<MatrixGroup, string> = {
  approach: 'Approach',
  cpu: 'CPU',
  memory: 'Memory',
  io: 'Input and output',
  isolation: 'Isolation',
  resources: 'Resource control',
  operations: 'Operations',
  platform: 'Platforms',
  project: 'Project',
};

/** The kinds of technology the atlas describes. */
export const TECHNOLOGY_KINDS = [
  'hypervisor',
  'os-level',
  'sandbox',
  'interface',
  'emulator',
  'hardware',
  'baseline',
] as const;
/** A kind of technology. */
export type TechnologyKind = (typeof TECHNOLOGY_KINDS)[number];
/** How each kind of technology is printed. */
export const KIND_LABELS: Record<TechnologyKind, string> = {
  hypervisor: 'Hypervisor',
  'os-level': 'OS-level virtualization (containers)',
  sandbox: 'Sandbox for containers',
  interface: 'Kernel interface',
  emulator: 'Emulator',
  hardware: 'Processor feature',
  baseline: 'Baseline: no virtualization layer',
};

/** Where a technology stands with respect to mainline Linux. */
export const UPSTREAM_STATES = ['mainline', 'out-of-tree', 'removed', 'not-applicable'] as const;
/** An upstream state. */
export type UpstreamState = (typeof UPSTREAM_STATES)[number];
/** How each upstream state is printed. */
export const UPSTREAM_LABELS: Record<UpstreamState, string> = {
  mainline: 'In mainline Linux',
  'out-of-tree': 'Out of tree: maintained outside mainline Linux',
  removed: 'Removed from mainline Linux',
  'not-applicable': 'Not applicable',
};

/**
 * How close a source stands to what it reports (see the "How this atlas sources facts" page):
 * the work itself, a report on it, or a compilation of reports.
 */
export const SOURCE_TIERS = ['primary', 'secondary', 'tertiary'] as const;
/** A source tier. */
export type SourceTier = (typeof SOURCE_TIERS)[number];
/** How each tier is printed. */
export const TIER_LABELS: Record<SourceTier, string> = {
  primary: 'Primary',
  secondary: 'Secondary',
  tertiary: 'Tertiary',
};

/** The rows of the architecture stack, from the top of the drawing to the bottom. */
export const STACK_LAYERS = [
  'guest-user',
  'guest-kernel',
  'device-model',
  'privileged',
  'hypervisor',
  'cpu-mode',
  'hardware',
] as const;
/** A stack layer. */
export type StackLayer = (typeof STACK_LAYERS)[number];
/** The row label of each stack layer. */
export const STACK_LAYER_LABELS: Record<StackLayer, string> = {
  'guest-user': 'Guest user space',
  'guest-kernel': 'Guest kernel',
  'device-model': 'Device model',
  privileged: 'Privileged domain or host user space',
  hypervisor: 'Hypervisor or host kernel',
  'cpu-mode': 'CPU mode or ring',
  hardware: 'Hardware',
};

/**
 * The boundaries an isolation failure can break, aligned with the stack's layers: `stackLayer` is
 * the row of the stack explorer where each one is drawn.
 */
export const ESCAPE_LAYERS = [
  'device-model',
  'pv-backend',
  'hypervisor',
  'sandbox-kernel',
  'container-runtime',
  'host-kernel',
  'cpu',
] as const;
/** A boundary an escape broke. */
export type EscapeLayer = (typeof ESCAPE_LAYERS)[number];
/** How each boundary is printed. */
export const ESCAPE_LAYER_LABELS: Record<EscapeLayer, string> = {
  'device-model': 'Device model (emulated or virtio devices in user space)',
  'pv-backend': 'Paravirtual back end (Xen backends, vhost)',
  hypervisor: 'Hypervisor (Xen, or KVM in the host kernel)',
  'sandbox-kernel': 'Sandbox kernel (gVisor Sentry)',
  'container-runtime': 'Container runtime (runc and the like)',
  'host-kernel': 'Shared host kernel',
  cpu: 'CPU (side channels)',
};
/** Where each boundary sits in the stack explorer's rows. */
export const ESCAPE_LAYER_STACK: Record<EscapeLayer, StackLayer> = {
  'device-model': 'device-model',
  'pv-backend': 'device-model',
  hypervisor: 'hypervisor',
  'sandbox-kernel': 'guest-kernel',
  'container-runtime': 'privileged',
  'host-kernel': 'hypervisor',
  cpu: 'hardware',
};

/** What an isolation failure let an attacker do, worst first. */
export const ESCAPE_IMPACTS = [
  'escape',
  'privilege-escalation',
  'information-leak',
  'denial-of-service',
] as const;
/** An escape's impact. */
export type EscapeImpact = (typeof ESCAPE_IMPACTS)[number];
/** How each impact is printed. */
export const IMPACT_LABELS: Record<EscapeImpact, string> = {
  escape: 'Escape to the host',
  'privilege-escalation': 'Privilege escalation',
  'information-leak': 'Information leak',
  'denial-of-service': 'Denial of service',
};

/** The kinds of lineage edge: shared code, an idea taken up, people who moved, a product built on. */
export const LINEAGE_KINDS = ['code', 'idea', 'people', 'product'] as const;
/** A kind of lineage edge. */
export type LineageKind = (typeof LINEAGE_KINDS)[number];
/** How each kind of edge is printed. */
export const LINEAGE_LABELS: Record<LineageKind, string> = {
  code: 'Code',
  idea: 'Idea',
  people: 'People',
  product: 'Product',
};

/** The backends paravirt_ops can be bound to, in the order the explorer offers them. */
export const PV_BACKENDS = ['native', 'xen', 'vmi', 'lguest', 'kvm'] as const;
/** A paravirt_ops backend. */
export type PvBackend = (typeof PV_BACKENDS)[number];
/** How each backend is printed. */
export const PV_BACKEND_LABELS: Record<PvBackend, string> = {
  native: 'Native (bare metal)',
  xen: 'Xen',
  vmi: 'VMI (VMware)',
  lguest: 'lguest',
  kvm: 'KVM guest',
};
/** The two shapes of the interface the explorer shows: one struct (2.6.20) or groups (2.6.24 on). */
export const PV_ERAS = ['2620', 'split'] as const;

/**
 * The lanes of the lineage diagram, top to bottom: hardware and paravirtual interfaces, virtual
 * machines, sandboxes, containers on a shared kernel, and the kernel features they are made of.
 */
export const LINEAGE_LANES = ['hardware', 'vm', 'sandbox', 'container', 'kernel'] as const;
/** A lane of the lineage diagram. */
export type LineageLane = (typeof LINEAGE_LANES)[number];
/** How each lane is printed. */
export const LANE_LABELS: Record<LineageLane, string> = {
  hardware: 'Hardware and paravirtual interfaces',
  vm: 'Virtual machines and their monitors',
  sandbox: 'Containers in a VM or sandbox',
  container: 'Containers on a shared kernel',
  kernel: 'Kernel features for containers',
};
