/**
 * "Cite this page": a page's reference, formatted at build time by citation-js (a CSL processor)
 * in APA style and as BibTeX, from its title, stable URL, last-reviewed date and the site version.
 * The author is the project as an organisation.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';

/** Who wrote the atlas, as it is cited. */
export const SITE_AUTHOR = 'Virtualization Atlas contributors';
/** The atlas's name, as the container of every page. */
export const SITE_NAME = 'Virtualization Atlas';

// BibTeX keys come from the page's path (readable and stable), not from citation-js's guess.
const bibtexConfig = plugins.config.get('@bibtex') as {
  format: { useIdAsLabel: boolean; checkLabel: boolean };
};
bibtexConfig.format.useIdAsLabel = true;
bibtexConfig.format.checkLabel = false;

/** What a page's citation is made from. */
export interface PageCitationInput {
  title: string;
  /** The page's path, `/technologies/kvm/`. */
  path: string;
  /** The site's origin, `https://example.org`. */
  site: string;
  /** The last-reviewed date, `YYYY-MM-DD`. */
  lastReviewed: string;
  /** The site version, from package.json. */
  version: string;
}

/** A page's citation, ready to render. */
export interface PageCitation {
  url: string;
  key: string;
  /** The APA reference as HTML (the title in <i>), from citation-js. */
  apaHtml: string;
  /** The same reference as plain text, for copying. */
  apaText: string;
  bibtex: string;
}

/** The BibTeX key of a page: `VirtualizationAtlas-technologies-kvm`, `VirtualizationAtlas-home`. */
export const citationKey = (path: string): string =>
  `VirtualizationAtlas-${path.replace(/^\/|\/$/g, '').replace(/[^A-Za-z0-9]+/g, '-') || 'home'}`;

/** Formats a page's citation. */
export function citePage(input: PageCitationInput): PageCitation {
  const url = new URL(input.path, `${input.site}/`).href;
  const key = citationKey(input.path);
  const [year, month, day] = input.lastReviewed.split('-').map(Number) as [number, number, number];
  const item = {
    id: key,
    type: 'webpage',
    title: input.title,
    'container-title': SITE_NAME,
    author: [{ literal: SITE_AUTHOR }],
    URL: url,
    version: input.version,
  };
  // APA prints a description in brackets after the title: the site version goes there.
  const apa = new Cite({
    ...item,
    genre: `Version ${input.version}`,
    issued: { 'date-parts': [[year, month, day]] },
  });
  const apaOptions = { template: 'apa', lang: 'en-US' };
  const apaHtml = String(apa.format('bibliography', { ...apaOptions, format: 'html' }))
    .replace(/^[\s\S]*?<div[^>]*class="csl-entry"[^>]*>/, '')
    .replace(/<\/div>\s*<\/div>\s*$/, '')
    .trim();
  const apaText = String(apa.format('bibliography', { ...apaOptions, format: 'text' })).trim();
  // Classic BibTeX has no day or version field: both go in the note.
  const bibtex = String(
    new Cite({
      ...item,
      issued: { 'date-parts': [[year]] },
      note: `Version ${input.version}; last reviewed ${input.lastReviewed}`,
    }).format('bibtex'),
  ).trim();
  return { url, key, apaHtml, apaText, bibtex };
}

const gitDates = new Map<string, string | undefined>();

/** The date of the last commit that touched a file (`git log -1 --format=%cs`), or undefined. */
export function lastCommitDate(file: string, root = process.cwd()): string | undefined {
  if (!gitDates.has(file)) {
    let date: string | undefined;
    try {
      date = execFileSync('git', ['log', '-1', '--format=%cs', '--', file], {
        cwd: root,
        encoding: 'utf8',
      }).trim();
    } catch {
      date = undefined; // no git, or not a repository: the caller falls back
    }
    gitDates.set(file, date || undefined);
  }
  return gitDates.get(file);
}

/** The site version, from package.json. */
export const siteVersion = (root = process.cwd()): string =>
  (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
