// The one crawl of the built site: every internal link and #fragment, and the shape of external
// links. Links written in pages are also checked during the build by starlight-links-validator
// (with file and line); this crawl catches what only exists after rendering: links and ids that
// components generate (citations to bibliography entries, glossary terms, the sidebar, cards).
// Each problem names the source file of the page it was found on.
import { pageSources } from './page-sources.mjs';
import { attrValues, fileFor, htmlPages, readFileSync } from './site-files.mjs';

/** Returns a list of problems, one line each: `source file (page): problem`. */
export function checkLinks() {
  const pages = htmlPages();
  const sourceOf = pageSources();
  const where = (page) => `${sourceOf(page.path) ?? 'dist'} (${page.path})`;
  const ids = new Map();
  const problems = [];
  const idsOf = (file) => {
    if (!ids.has(file)) {
      const html = readFileSync(file, 'utf8');
      ids.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
    }
    return ids.get(file);
  };
  let checked = 0;
  for (const page of pages) {
    const html = readFileSync(page.file, 'utf8');
    for (const href of attrValues(html, 'a', 'href')) {
      checked++;
      if (/^(mailto:|tel:)/.test(href)) continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
        let url;
        try {
          url = new URL(href);
        } catch {
          problems.push(`${where(page)}: external link is not a valid URL: ${href}`);
          continue;
        }
        if (!/^https?:$/.test(url.protocol) || !url.hostname.includes('.') || /\s/.test(href))
          problems.push(`${where(page)}: external link does not look valid: ${href}`);
        continue;
      }
      const target = new URL(href, `http://site${page.path}`);
      const file = target.pathname === page.path ? page.file : fileFor(target.pathname);
      if (!file) {
        problems.push(`${where(page)}: broken link ${href}`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment))
        problems.push(`${where(page)}: link ${href} points at a missing #${fragment}`);
    }
  }
  return { problems: [...new Set(problems)], checked, pages: pages.length };
}
