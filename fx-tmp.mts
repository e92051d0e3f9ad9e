import { readFileSync, readdirSync } from 'node:fs';
import { parseArticle } from './src/ingest/parse-article.js';
const dir = 'test/fixtures/articles/';
for (const f of readdirSync(dir)) {
  const text = readFileSync(dir + f, 'utf8');
  const r = parseArticle(f, text);
  if (!r.ok) { console.log(f, r.error); continue; }
  const a = r.value;
  console.log('\n===', f, JSON.stringify({ title: a.title, outlet: a.outlet, author: a.author, published: a.published, inf: a.publishedInferred }));
  for (const s of a.sentences) console.log(' ', s.paragraph, s.offset, JSON.stringify(s.text), text.slice(s.offset, s.offset + s.text.length) === s.text ? '' : 'NONVERBATIM');
}
