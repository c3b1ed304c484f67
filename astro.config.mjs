// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import remarkAtlas from './src/lib/remark-atlas.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { sidebar } from './src/sidebar.ts';

/** The public origin the site is built for: canonical URLs, the sitemap and Open Graph use it. */
const site = process.env.SITE_URL ?? 'https://virtualization-atlas.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // The site's citation, glossary and fact syntax is a remark plugin, so it needs the unified
  // processor rather than Astro 7's default Markdown processor.
  markdown: { processor: unified({ remarkPlugins: [remarkAtlas] }) },
  integrations: [
    contentCheck(),
    starlight({
      title: 'Virtualization Atlas',
      description:
        'A cited, explorable guide to Linux virtualization: KVM, Xen, OpenVZ, Linux-VServer and paravirt_ops, then and now.',
      lastUpdated: false,
      pagefind: true,
      customCss: ['./src/styles/atlas.css', './src/styles/diagrams.css'],
      components: {
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
      },
      sidebar,
    }),
  ],
});
