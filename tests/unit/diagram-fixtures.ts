import { PathScenarioSchema } from '../../src/schemas/path';
import { PvGroupSchema } from '../../src/schemas/pvops';
import { RingConfigSchema } from '../../src/schemas/rings';
import { StackSystemSchema } from '../../src/schemas/stack';

const src = ['kernelnewbies2620'];

/** Two small stacks: a hypervisor with a guest, and a container system without guest kernel. */
export const stacks = [
  StackSystemSchema.parse({
    id: 'hv',
    label: 'A hypervisor',
    technology: 'kvm',
    summary: 'A test hypervisor stack.',
    blocks: [
      {
        key: 'gk',
        layer: 'guest-kernel',
        col: 1,
        span: 1,
        label: 'Guest kernel',
        detail: 'Runs deprivileged.',
        sources: src,
      },
      {
        key: 'kernel',
        layer: 'hypervisor',
        col: 0,
        span: 4,
        label: 'Hypervisor',
        detail: 'Owns the machine.',
        sources: src,
      },
      {
        key: 'hw',
        layer: 'hardware',
        col: 0,
        span: 4,
        label: 'Hardware',
        detail: 'The machine itself.',
        sources: src,
      },
    ],
  }),
  StackSystemSchema.parse({
    id: 'ct',
    label: 'Containers',
    technology: 'openvz',
    summary: 'A test container stack.',
    blocks: [
      {
        key: 'gu',
        layer: 'guest-user',
        col: 1,
        span: 2,
        label: 'Container with a fairly long label that wraps',
        detail: 'Processes only.',
        sources: src,
      },
      {
        key: 'kernel',
        layer: 'hypervisor',
        col: 0,
        span: 4,
        label: 'Shared kernel',
        detail: 'One kernel.',
        sources: src,
      },
      {
        key: 'hw',
        layer: 'hardware',
        col: 0,
        span: 4,
        label: 'Hardware',
        detail: 'The machine itself.',
        sources: src,
      },
    ],
  }),
];

/** A three-step path over three lanes. */
export const scenario = PathScenarioSchema.parse({
  id: 'disk-write',
  label: 'A disk write',
  question: 'What happens on a write?',
  variants: [
    {
      id: 'pv',
      label: 'PV',
      technology: 'xen',
      lanes: [
        { id: 'guest', label: 'Guest kernel' },
        { id: 'hv', label: 'Hypervisor' },
        { id: 'dom0', label: 'Backend' },
      ],
      steps: [
        { lane: 'guest', text: 'The guest queues a request.', sources: src },
        { lane: 'hv', via: 'hypercall', text: 'The guest notifies the other side.', sources: src },
        { lane: 'dom0', via: 'event-channel', text: 'The backend picks the request up.', sources: src },
      ],
    },
    {
      id: 'ct',
      label: 'Container',
      technology: 'openvz',
      lanes: [
        { id: 'app', label: 'Process' },
        { id: 'kernel', label: 'Kernel' },
      ],
      steps: [
        { lane: 'app', text: 'The process calls write().', sources: src },
        { lane: 'kernel', via: 'syscall', text: 'The shared kernel handles it.', sources: src },
      ],
    },
  ],
});

/** Rings: a configuration without and one with hardware assist. */
export const rings = [
  RingConfigSchema.parse({
    id: 'pv32',
    label: 'PV 32',
    technology: 'xen',
    hardwareAssist: false,
    summary: 'Ring compression.',
    placements: [
      {
        key: 'hv',
        label: 'Hypervisor',
        mode: 'host',
        ring: 0,
        detail: 'Only the hypervisor in ring 0.',
        sources: src,
      },
      { key: 'gk', label: 'Guest kernel', mode: 'host', ring: 1, detail: 'Moved to ring 1.', sources: src },
      {
        key: 'apps',
        label: 'Apps',
        mode: 'host',
        ring: 3,
        detail: 'Applications stay in ring 3.',
        sources: src,
      },
      { key: 'apps2', label: 'Apps 2', mode: 'host', ring: 3, detail: 'A second guest.', sources: src },
    ],
  }),
  RingConfigSchema.parse({
    id: 'vtx',
    label: 'VT-x',
    technology: 'kvm',
    hardwareAssist: true,
    summary: 'Root and non-root.',
    placements: [
      { key: 'hv', label: 'Host kernel', mode: 'host', ring: 0, detail: 'Root ring 0.', sources: src },
      { key: 'gk', label: 'Guest kernel', mode: 'guest', ring: 0, detail: 'Non-root ring 0.', sources: src },
    ],
  }),
];

/** Two pv_ops groups with one binding missing for KVM. */
export const pvGroups = [
  PvGroupSchema.parse({
    id: 'irq',
    name: 'pv_irq_ops',
    since: '2.6.24',
    description: 'Interrupt flag operations.',
    sources: src,
    ops: [
      {
        id: 'irq-disable',
        name: 'irq_disable',
        description: 'Mask interrupts.',
        patchedNative: 'cli',
        bindings: [
          { backend: 'native', fn: 'native_irq_disable', sources: src },
          { backend: 'xen', fn: 'xen_irq_disable', sources: src },
        ],
      },
    ],
  }),
  PvGroupSchema.parse({
    id: 'mmu',
    name: 'pv_mmu_ops',
    since: '2.6.24',
    description: 'Page-table operations.',
    sources: src,
    ops: [
      {
        id: 'write-cr3',
        name: 'write_cr3',
        description: 'Switch page tables.',
        bindings: [{ backend: 'native', fn: 'native_write_cr3', sources: src }],
      },
      {
        id: 'set-pte',
        name: 'set_pte',
        description: 'Write a PTE.',
        bindings: [{ backend: 'native', fn: 'native_set_pte', sources: src }],
      },
    ],
  }),
];
