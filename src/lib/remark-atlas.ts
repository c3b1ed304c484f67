/**
 * The authoring syntax of the site, as one remark plugin:
 *   [@key] or [@a; @b]     a citation, linked to /reference/bibliography/#key
 *   [label](term:id)       a glossary term with its definition on hover and focus
 *   [](fact:id)            a shared fact from content/data/facts.yaml, written once
 *   ## References          an empty section of that name is filled with the page's sources
 * Unknown keys, terms, facts or front-matter technology ids fail the build with file and line.
 */
import { relative } from 'node:path';
import type { Heading, Link, ListItem, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { loadAtlas, projectRoot, type Atlas } from './atlas';
import { formatReference } from './citations';
import { ContentError, type ContentProblem } from './errors';

/** The URL of a bibliography entry. */
export const bibHref = (key: string) => `/reference/bibliography/#${key}`;
/** The URL of a glossary term. */
export const termHref = (id: string) => `/reference/glossary/#${id}`;
/**
 * The id of a source's reference card on a page (rendered by src/components/cite/CiteCards.astro,
 * shown in place by its popover script): a citation link is described by it.
 */
export const citeCardId = (key: string) => `va-ref-${key}`;

const CITE_GROUP = /\[(@[A-Za-z0-9_:-]+(?:\s*;\s*@[A-Za-z0-9_:-]+)*)\]/g;

type Node = PhrasingContent;

function span(className: string, children: Node[], props: Record<string, unknown> = {}): Node {
  // Any phrasing parent will do: hName turns it into a <span> when remark-rehype runs.
  const node = {
    type: 'emphasis',
    children,
    data: { hName: 'span', hProperties: { className: [className], ...props } },
  };
  return node as unknown as Node;
}

const text = (value: string): Text => ({ type: 'text', value });

function citeNodes(keys: string[], atlas: Atlas): Node[] {
  const out: Node[] = [text('[')];
  keys.forEach((key, i) => {
    if (i) out.push(text('; '));
    // No `title`: the reference card (citeCardId) shows the whole reference, and describes the link.
    out.push({
      type: 'link',
      url: bibHref(key),
      children: [text(atlas.labels.get(key)!)],
      data: { hProperties: { className: ['va-cite-link'], ariaDescribedBy: [citeCardId(key)] } },
    } as Link);
  });
  out.push(text(']'));
  return [span('va-cite', out)];
}

/** Options: an atlas to use instead of the one on disk (tests pass a fixture). */
export interface RemarkAtlasOptions {
  atlas?: () => Atlas;
}

/** The remark plugin; see the file comment for the syntax it understands. */
export default function remarkAtlas(options: RemarkAtlasOptions = {}) {
  const getAtlas = options.atlas ?? (() => loadAtlas());
  return (tree: Root, file: VFile) => {
    const atlas = getAtlas();
    const path = file.path ? relative(projectRoot, file.path) : '(inline)';
    const problems: ContentProblem[] = [];
    const at = (node: { position?: { start: { line: number } } }) =>
      node.position ? `line ${node.position.start.line}: ` : '';
    const cited: string[] = [];
    let tipCount = 0;

    const fm = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
    const techs = fm?.technologies;
    if (Array.isArray(techs)) {
      for (const t of techs)
        if (!atlas.referents.technologyIds.has(String(t)))
          problems.push({ file: path, field: 'technologies', message: `unknown technology id "${t}"` });
    }

    visit(tree, (node, index, parent) => {
      if (node.type === 'text' && parent && index !== undefined && node.value.includes('[@')) {
        const parts: Node[] = [];
        let last = 0;
        for (const m of node.value.matchAll(CITE_GROUP)) {
          const keys = [...m[1]!.matchAll(/@([A-Za-z0-9_:-]+)/g)].map((k) => k[1]!);
          const unknown = keys.filter((k) => !atlas.bibByKey.has(k));
          for (const k of unknown)
            problems.push({ file: path, message: `${at(node)}unknown citation key "${k}"` });
          if (unknown.length) continue;
          cited.push(...keys);
          if (m.index! > last) parts.push(text(node.value.slice(last, m.index)));
          parts.push(...citeNodes(keys, atlas));
          last = m.index! + m[0].length;
        }
        if (!parts.length) return;
        if (last < node.value.length) parts.push(text(node.value.slice(last)));
        parent.children.splice(index, 1, ...(parts as RootContent[]));
        return [SKIP, index + parts.length];
      }
      if (node.type === 'link' && parent && index !== undefined) {
        const [scheme, id] = node.url.split(/:(.*)/s) as [string, string | undefined];
        if (scheme === 'term' && id !== undefined) {
          const term = atlas.glossary.find((g) => g.id === id);
          if (!term) {
            problems.push({ file: path, message: `${at(node)}unknown glossary term "${id}"` });
            return;
          }
          const tipId = `va-tip-${id}-${++tipCount}`;
          const link: Link = {
            type: 'link',
            url: termHref(id),
            children: node.children,
            data: { hProperties: { className: ['va-term-link'], ariaDescribedBy: [tipId] } },
          };
          // The definition is not page text: keep it out of the search index and its excerpts.
          const tip = span('va-tip', [text(term.definition)], {
            id: tipId,
            role: 'tooltip',
            dataPagefindIgnore: '',
          });
          const wrapped = span('va-term', [link as Node, tip]);
          parent.children.splice(index, 1, wrapped as RootContent);
          return SKIP;
        }
        if (scheme === 'fact' && id !== undefined) {
          const fact = atlas.facts.find((f) => f.id === id);
          if (!fact) {
            problems.push({ file: path, message: `${at(node)}unknown fact "${id}"` });
            return;
          }
          // The value links to the source of its first quote; the quotes show on hover, focus or a
          // first tap, as a glossary definition does, and count as citations of the page.
          const first = fact.evidence[0]!;
          const tipId = `va-fact-${id}-${++tipCount}`;
          const link: Link = {
            type: 'link',
            url: bibHref(first.source),
            children: [text(fact.value)],
            data: { hProperties: { className: ['va-term-link', 'va-fact-link'], ariaDescribedBy: [tipId] } },
          };
          const quotes = fact.evidence
            .slice(0, 2)
            .map((q) => `“${q.quote.trim()}” (${atlas.labels.get(q.source)}, ${q.locator})`)
            .join(' ');
          const tip = span('va-tip', [text(`Evidence: ${quotes}`)], {
            id: tipId,
            role: 'tooltip',
            dataPagefindIgnore: '',
          });
          cited.push(...fact.evidence.map((q) => q.source));
          parent.children.splice(index, 1, span('va-term va-fact', [link as Node, tip]) as RootContent);
          return SKIP;
        }
      }
    });

    if (problems.length) throw new ContentError(problems);
    fillReferences(tree, cited, atlas);
  };
}

/** Fills an empty "References" section with the page's sources, in order of first citation. */
function fillReferences(tree: Root, cited: string[], atlas: Atlas) {
  const idx = tree.children.findIndex(
    (n) =>
      n.type === 'heading' &&
      (n as Heading).children.some((c) => c.type === 'text' && c.value.trim() === 'References'),
  );
  if (idx < 0) return;
  const next = tree.children[idx + 1];
  if (next && next.type !== 'heading') return;
  const keys = [...new Set(cited)];
  const items: ListItem[] = keys.map((key) => {
    const r = formatReference(atlas.bibByKey.get(key)!);
    const children: PhrasingContent[] = [
      text(`${r.authors}. `),
      { type: 'link', url: bibHref(key), children: [text(r.title)] },
      text(`. ${[r.venue, r.date].filter(Boolean).join(', ')}.`),
    ];
    return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] };
  });
  tree.children.splice(idx + 1, 0, {
    type: 'list',
    ordered: false,
    spread: false,
    children: items,
    data: { hProperties: { className: ['va-references'] } },
  } as RootContent);
}
