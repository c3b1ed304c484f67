/**
 * Moves a page's external module scripts off the first paint. Astro emits one
 * `<script type="module" src>` per component script; the browser fetches them all at once with
 * high priority, competing with the document and stylesheet that the first paint needs. Every
 * enhancement here is progressive (each page reads and works without JavaScript), so the
 * scripts can wait for the `load` event and the next idle moment (at most 500 ms later): one small
 * inline module imports them all then, in parallel. The result is a build step (see integrations/csp-inline-hashes.ts), so its inline
 * loader is hashed into the page's CSP like any other inline script.
 */
const EXTERNAL_MODULE = /<script type="module" src="([^"]+)"><\/script>\s*/g;

/** The loader for `urls`: imports them once the page has loaded and the main thread is idle. */
export function deferredLoader(urls: readonly string[]): string {
  return (
    `<script type="module">const go=()=>{for(const u of ${JSON.stringify(urls)})import(u)},` +
    `idle=()=>(window.requestIdleCallback??setTimeout)(go,{timeout:500});` +
    `document.readyState==="complete"?idle():addEventListener("load",idle,{once:true})</script>`
  );
}

/** `html` with its external module scripts loaded after `load`, when idle; unchanged when it has none. */
export function deferModuleScripts(html: string): string {
  const urls = [...new Set([...html.matchAll(EXTERNAL_MODULE)].map((m) => m[1]!))];
  if (!urls.length) return html;
  if (!html.includes('</body>')) throw new Error('a page with module scripts but no </body>');
  return html.replace(EXTERNAL_MODULE, '').replace('</body>', `${deferredLoader(urls)}</body>`);
}
