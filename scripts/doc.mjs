#!/usr/bin/env node
// Debugging aid: print the document model (blocks, sentences, source positions) of one article.
//   node scripts/doc.mjs FILE   (after npm run build)
import { readFileSync } from 'node:fs';
import { readDocument, decode } from '../dist/index.js';

const path = process.argv[2];
if (!path) {
  console.error('usage: node scripts/doc.mjs FILE');
  process.exit(2);
}
const { text } = decode(readFileSync(path));
const doc = readDocument(text, { path });
console.log(`title: ${doc.title}\nurl: ${doc.url}\npublished: ${doc.published} (${doc.publishedFrom})\n`);
for (const block of doc.blocks) {
  console.log(`[${block.index}] ${block.kind}`);
  for (let i = block.sentences[0]; i < block.sentences[1]; i++) {
    const s = doc.sentences[i];
    const e = doc.evidence(s);
    console.log(`   ${i} @${e.line}:${e.column}  ${s.text}`);
  }
}
