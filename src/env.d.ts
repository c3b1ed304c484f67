/// <reference types="astro/client" />

// Plain `tsc` (used by `npm run test:unit`) does not know .astro files; Astro's editor plugin
// does. Tests import components only to render them with the container API.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const Component: AstroComponentFactory;
  export default Component;
}
declare module '*/ui-core.mjs' {
  export class PagefindUI {
    constructor(options: Record<string, unknown>);
  }
}
