import type { Atlas } from '../../lib/atlas';
import type { StackSystem } from '../../schemas/stack';
import { sourceRefs, type SourceRef } from '../shared/sources';
import { layoutStack, type PlacedBlock } from './layout';

/** A block as the browser needs it: geometry plus what the detail panel shows. */
export interface StackPayloadBlock extends PlacedBlock {
  label: string;
  detail: string;
  page?: string;
  sources: SourceRef[];
}

/** Everything the stack explorer's custom element needs, embedded as JSON. */
export interface StackPayload {
  order: string[];
  systems: Record<string, { label: string; summary: string; blocks: StackPayloadBlock[] }>;
}

/** Lays out every system and attaches the text and sources of each block. */
export function buildStackPayload(systems: readonly StackSystem[], atlas: Atlas): StackPayload {
  return {
    order: systems.map((s) => s.id),
    systems: Object.fromEntries(
      systems.map((s) => {
        const layout = layoutStack(s);
        const blocks = layout.blocks.map((placed, i) => {
          const b = s.blocks[i]!;
          return {
            ...placed,
            label: b.label,
            detail: b.detail,
            page: b.page,
            sources: sourceRefs(atlas, b.sources),
          };
        });
        return [s.id, { label: s.label, summary: s.summary, blocks }];
      }),
    ),
  };
}
