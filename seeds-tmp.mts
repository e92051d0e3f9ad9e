import { readFileSync, readdirSync } from 'node:fs';
import { parseArticle } from './src/ingest/parse-article.js';
for (const f of readdirSync('data/articles')) {
  const text = readFileSync('data/articles/' + f, 'utf8');
  const r = parseArticle(f, text);
  if (!r.ok) { console.log(f, r.error); continue; }
  const a = r.value;
  console.log('\n===', f, JSON.stringify({ id: a.id, title: a.title, outlet: a.outlet, author: a.author, published: a.published, inf: a.publishedInferred, np: a.paragraphs.length, ns: a.sentences.length }));
  for (const s of a.sentences) { if (text.slice(s.offset, s.offset + s.text.length) !== s.text) console.log('BAD OFFSET', s); }
  if (process.argv[2]) for (const s of a.sentences) console.log(s.paragraph, s.index, s.offset, s.text.slice(0, 110));
}
