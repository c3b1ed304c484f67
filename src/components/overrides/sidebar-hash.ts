/**
 * A short fingerprint of the sidebar (labels and links), as Starlight's getSidebarHash computes it
 * (MIT License, Copyright (c) 2023 Astro contributors; that function is internal to Starlight).
 * Starlight's sidebar script stores it with the sidebar's scroll and open groups, and restores them
 * on the next page only when the fingerprints match.
 */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';

type Entry = StarlightRouteData['sidebar'][number];

const identity = (entries: readonly Entry[]): string =>
  entries.map((e) => (e.type === 'group' ? e.label + identity(e.entries) : e.label + e.href)).join('');

/** The sidebar's fingerprint, base 36, seven characters or more. */
export function sidebarHash(sidebar: readonly Entry[]): string {
  const text = identity(sidebar);
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (hash << 5) - hash + text.charCodeAt(i);
  return (hash >>> 0).toString(36).padStart(7, '0');
}
