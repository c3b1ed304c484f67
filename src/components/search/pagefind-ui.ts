/**
 * Starlight's search dialog imports `@pagefind/default-ui`; a Vite alias in astro.config.mjs sends
 * that import here. Pagefind UI waits 300 ms after each keystroke before it searches, and
 * Starlight offers no setting for it: this lowers the wait to 60 ms, so first results appear in
 * about a tenth of a second. Everything else is Pagefind's own UI, unchanged.
 */
// The real module, by file path: the bare name would resolve back to this file.
import { PagefindUI as PagefindBase } from '../../../node_modules/@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';

/** How long the search waits after a keystroke, in milliseconds. */
export const SEARCH_DEBOUNCE_MS = 60;

/** Pagefind's UI with a shorter keystroke debounce. */
export class PagefindUI extends PagefindBase {
  constructor(options: Record<string, unknown>) {
    super({ debounceTimeoutMs: SEARCH_DEBOUNCE_MS, ...options });
  }
}
