/// <reference types="astro/client" />

// Plain `tsc` (used by `npm run test:unit`) does not know .astro files; Astro's editor plugin
// does. Tests import components only to render them with the container API.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const Component: AstroComponentFactory;
  export default Component;
}
// Pagefind's UI ships no types.
declare module '@pagefind/default-ui' {
  export class PagefindUI {
    constructor(options: Record<string, unknown>);
  }
}
// Starlight's Pagefind settings (ranking weights), as its own search component reads them.
declare module 'virtual:starlight/pagefind-config' {
  export const pagefindUserConfig: Record<string, unknown>;
}
