// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import remarkAtlas from './src/lib/remark-atlas.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { cspInlineHashes } from './src/integrations/csp-inline-hashes.ts';
import { linksValidator } from './src/integrations/links-validator.ts';
import { sidebar } from './src/sidebar.ts';
import { buildSite } from './src/site-address.ts';
import { fileURLToPath } from 'node:url';
import { readdirSync } from 'node:fs';

// Every component's and diagram's stylesheet, in one site-wide stylesheet with Starlight's: one
// render-blocking request per page instead of one per widget on it (each extra request cost a
// connection before the first paint on a phone). A new diagram's CSS is picked up by its folder.
const widgetCss = ['src/components', 'src/diagrams'].flatMap((dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.css'))
    .sort()
    .map((f) => `./${dir}/${f}`),
);

export default defineConfig({
  // The public address, from SITE_URL (README, "Deploy"). Without it the build uses the local
  // preview's address for the sitemap and citations, and emits no canonical URL or og:url.
  site: buildSite(),
  trailingSlash: 'always',
  // Stylesheets stay files: cached across pages, and outside the HTML the Nu checker validates
  // (its CSS validator predates container queries, which the diagrams use).
  build: { inlineStylesheets: 'never' },
  // Content Security Policy, emitted by Astro as a <meta> tag with a hash for every inline script
  // and style it renders. No 'unsafe-inline' and no 'unsafe-eval'. Pagefind compiles its search
  // index reader from WebAssembly, which needs 'wasm-unsafe-eval' (it allows WebAssembly
  // compilation only, not JavaScript eval). See README, "Content Security Policy".
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // Starlight writes style attributes (icon sizes, table-of-contents depth). This allows
      // attributes only (style-src-attr): <style> elements still need a hash, and scripts get
      // no such allowance.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  // The site's citation, glossary and fact syntax is a remark plugin, so it needs the unified
  // processor rather than Astro 7's default Markdown processor.
  markdown: {
    processor: unified({ remarkPlugins: [remarkAtlas] }),
    // Token colours come from CSS variables (src/styles/atlas.css) so that code passes WCAG AA
    // contrast in both themes; Shiki's stock themes grey comments out below 4.5:1.
    shikiConfig: { theme: 'css-variables' },
  },
  // `~/` is src/: pages import components the same way wherever they sit.
  vite: {
    resolve: {
      alias: [{ find: /^~\//, replacement: `${fileURLToPath(new URL('./src', import.meta.url))}/` }],
    },
  },
  integrations: [
    contentCheck(),
    starlight({
      title: 'Virtualization Atlas',
      description:
        'A cited, explorable guide to Linux virtualization: KVM, Xen, OpenVZ, Linux-VServer and paravirt_ops, then and now.',
      lastUpdated: false,
      pagefind: true,
      customCss: ['./src/styles/atlas.css', './src/styles/diagrams.css', ...widgetCss],
      components: {
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        Search: './src/components/search/Search.astro',
        Sidebar: './src/components/overrides/Sidebar.astro',
        Footer: './src/components/overrides/Footer.astro',
      },
      // Title, table of contents and canonical-URL corrections (src/route-data/fixes.ts).
      routeMiddleware: './src/route-data/index.ts',
      // Starlight applies its Markdown features (heading anchor links among them) only to
      // src/content/docs unless told where the pages are.
      markdown: { processedDirs: ['./content/docs'] },
      sidebar,
      plugins: [
        // Every link written in a page is checked when the build ends, and a broken one fails the
        // build naming the file and line. Bibliography and glossary entries are rendered by
        // components, which this plugin cannot see into: `npm run check:site` checks those links
        // (and every link components generate) over the built site.
        // Links to the routes under src/pages (the matrix's record and snapshots, the decision
        // guide's snapshots, data exports) are not Starlight pages, so the plugin cannot see them;
        // the crawl of the built site (tests/quality/check-links.mjs) checks those.
        linksValidator({
          exclude: [
            '/reference/bibliography/#*',
            '/reference/glossary/#*',
            '/compare/matrix/evidence/**',
            // Row anchors and other ids that diagrams render; the crawl checks them.
            '/compare/matrix/#row-*',
            '/compare/timeline/#event-*',
            '/compare/matrix/[0-9]*/',
            '/compare/decision-guide/[0-9]*/',
            '/data/**',
            '/reference/bibliography.bib',
            '/reference/bibtex/*.bib',
            // Section index pages come from src/pages/[section]; the crawl checks links to them.
            '/technologies/',
            '/concepts/',
            '/history/',
            '/compare/',
            '/reference/',
          ],
        }),
      ],
      // Expressive Code's markup fails the Nu HTML Checker (a div inside code and inside its copy
      // button, a U+007F in its styles) and ships a script; Astro's own Shiki output is valid
      // and gives each <pre> a tabindex so a scrolling block stays keyboard-reachable.
      expressiveCode: false,
    }),
    cspInlineHashes(),
  ],
});
