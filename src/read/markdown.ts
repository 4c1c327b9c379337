// Markdown through unified + remark-parse, YAML front matter through remark-frontmatter and `yaml`
// (core schema, bounded aliases: front matter from a crawler is untrusted).
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { parse as parseYaml } from 'yaml';
import type { Nodes, Root } from 'mdast';
import type { BlockKind, Piece, RawBlock, ReadResult } from '../document.js';
import { normalisePublished } from './published.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);

export function readMarkdown(source: string): ReadResult {
  const tree = processor.parse(source) as Root;
  const blocks: RawBlock[] = [];
  const warnings: string[] = [];
  let meta: Record<string, unknown> = {};

  const inline = (node: Nodes, pieces: Piece[]) => {
    switch (node.type) {
      case 'text':
      case 'inlineCode': {
        const p = node.position;
        if (p?.start.offset !== undefined && p.end.offset !== undefined) pieces.push({ value: node.value, start: p.start.offset, end: p.end.offset });
        return;
      }
      case 'break': {
        const at = node.position?.start.offset ?? 0;
        pieces.push({ value: ' ', start: at, end: at });
        return;
      }
      case 'image':
      case 'imageReference':
      case 'html':
      case 'footnoteReference':
        return;
      default:
        if ('children' in node) for (const child of node.children as Nodes[]) inline(child, pieces);
    }
  };

  const block = (node: Nodes, kind: BlockKind) => {
    switch (node.type) {
      case 'yaml': {
        meta = parseFrontMatter(node.value, warnings);
        return;
      }
      case 'heading':
      case 'paragraph':
      case 'tableCell': {
        const pieces: Piece[] = [];
        for (const child of node.children as Nodes[]) inline(child, pieces);
        const k: BlockKind = node.type === 'heading' ? 'heading' : node.type === 'tableCell' ? 'table-cell' : kind;
        blocks.push({ kind: k, pieces, depth: node.type === 'heading' ? node.depth : undefined });
        return;
      }
      case 'blockquote':
        for (const child of node.children) block(child, 'quote');
        return;
      case 'listItem':
        for (const child of node.children) block(child, 'list-item');
        return;
      case 'code':
      case 'html':
      case 'thematicBreak':
      case 'definition':
      case 'footnoteDefinition':
        return;
      default:
        if ('children' in node) for (const child of node.children as Nodes[]) block(child, kind);
    }
  };
  block(tree, 'paragraph');

  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const published = normalisePublished(meta.date ?? meta.published ?? meta.datePublished ?? meta.pubDate);
  const firstHeading = blocks.find((b) => b.kind === 'heading');
  const title = str(meta.title) ?? (firstHeading ? firstHeading.pieces.map((p) => p.value).join('').trim() || null : null);
  return {
    format: 'md', blocks, title, url: str(meta.url) ?? str(meta.link) ?? str(meta.canonical),
    published, publishedFrom: published ? 'front-matter' : null, warnings,
  };
}

function parseFrontMatter(value: string, warnings: string[]): Record<string, unknown> {
  try {
    const data = parseYaml(value, { schema: 'core', maxAliasCount: 50, uniqueKeys: false, prettyErrors: false });
    if (data && typeof data === 'object' && !Array.isArray(data)) return data as Record<string, unknown>;
    warnings.push('front matter is not a mapping: ignored');
  } catch (error) {
    warnings.push(`front matter could not be parsed (${(error as Error).message.split('\n')[0]}): ignored`);
  }
  return {};
}
