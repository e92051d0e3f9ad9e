/**
 * People and places on the development set's tuned-on periods (A and B; C is held out): what `findPeople` and
 * `findPlace` give on each gold event's evidence sentences against the event's `participants` and `location`, and what
 * the timeline's events matched to gold carry. Run: `node --import tsx scripts/eval/people-places-eval.ts [--verbose]`.
 * Other extractors (a library under trial) plug in through `measurePeoplePlaces` with the same grading.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Article } from '../../src/domain.js';
import { buildCorpus } from '../../src/engine/corpus.js';
import { timeline } from '../../src/engine/timeline.js';
import { createPeopleContext, findPeople } from '../../src/events/people.js';
import { findPlace } from '../../src/events/find-place.js';
import { readArticleFiles } from '../../src/ingest/read-files.js';
import { DEV_DIR, devTextsDir } from './dev-eval.js';
import { dateAgrees } from './dev-grade.js';

export const TUNED_PERIODS = ['A', 'B'] as const;

interface GoldEvent {
  readonly id: string;
  readonly date: string;
  readonly date_end?: string | null;
  readonly precision: 'day' | 'week' | 'month' | 'year';
  readonly location: string | null;
  readonly participants: readonly string[];
  readonly sources: readonly string[];
  readonly evidence: readonly { readonly file: string; readonly quote: string }[];
  readonly period: string;
}

/** What is under trial: the people of each sentence of an article (in order, so coreference works) and a sentence's place. */
export interface Extractors {
  readonly people: (article: Article) => readonly (readonly string[])[];
  readonly place: (sentence: string) => string | null;
}

export const summitExtractors: Extractors = {
  people: (article) => {
    // As extract-events does: the context learns the article's full names first.
    const context = createPeopleContext(article.sentences.map((s) => s.text));
    return article.sentences.map((s) => [...new Set(findPeople(s.text, context).map((p) => p.name))]);
  },
  place: (sentence) => findPlace(sentence),
};

/** The grader's own folding, independent of the code measured: case, diacritics, "St."/"Saint", spaces. */
export const foldPlace = (p: string): string =>
  p.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/^the\s+/, '').replace(/\bsaint\b|\bst\.?(?=\s)/g, 'st').replace(/\s+/g, ' ').trim();

const squash = (s: string): string => s.normalize('NFKC').replace(/[\u00a0\s]+/g, ' ').replace(/[’‘]/g, "'").replace(/[“”]/g, '"').trim();

/** People, not the countries some context events list as participants ("Russia", "leaders of the BRICS countries"). */
const isPersonName = (name: string): boolean => /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{L}-]+)+$/u.test(name) && !/\b(?:States|Kingdom|countries|Korea|Africa|Arabia)\b/.test(name);

export interface PeoplePlacesScores {
  readonly sentences: number;
  readonly people: { readonly found: number; readonly gold: number; readonly named: number; readonly namedFound: number; readonly extra: number };
  readonly places: { readonly right: number; readonly wrong: number; readonly none: number; readonly gold: number };
  readonly distinctNames: readonly string[];
  readonly misses: readonly string[];
}

/** Whether the sentence names the person by a part of their name (3+ letters) as a whole word. */
const namesInText = (text: string, person: string): boolean =>
  person.split(/[ -]/).some((part) => part.length >= 3 && new RegExp(`(?<!\\p{L})${part}(?!\\p{L})`, 'u').test(text));

export async function measurePeoplePlaces(extractors: Extractors): Promise<PeoplePlacesScores> {
  const textsDir = devTextsDir();
  if (!textsDir) throw new Error('dev texts are missing: rebuild them (../shared/dev/README.md)');
  const gold = (JSON.parse(readFileSync(path.join(DEV_DIR, 'events.json'), 'utf8')) as { events: GoldEvent[] }).events
    .filter((e) => (TUNED_PERIODS as readonly string[]).includes(e.period));
  const files = [...new Set(gold.flatMap((e) => e.sources))].map((f) => path.join(textsDir, f));
  const { articles } = await readArticleFiles(files);
  const byFile = new Map(articles.map((a) => [a.file, a]));
  const peopleOf = new Map(articles.map((a) => [a.file, extractors.people(a)]));
  const distinct = new Set<string>();
  for (const lists of peopleOf.values()) for (const l of lists) for (const n of l) distinct.add(n);

  let sentences = 0;
  const people = { found: 0, gold: 0, named: 0, namedFound: 0, extra: 0 };
  const places = { right: 0, wrong: 0, none: 0, gold: 0 };
  const misses: string[] = [];
  for (const event of gold) {
    const participants = event.participants.filter(isPersonName);
    for (const ev of event.evidence) {
      const article = byFile.get(ev.file);
      if (!article) continue;
      const quote = squash(ev.quote);
      const index = article.sentences.findIndex((s) => squash(s.text).includes(quote) || quote.includes(squash(s.text)));
      if (index < 0) continue;
      sentences += 1;
      const text = article.sentences[index]?.text ?? '';
      const found = new Set(peopleOf.get(ev.file)?.[index] ?? []);
      for (const p of participants) {
        people.gold += 1;
        const hit = found.has(p);
        if (hit) people.found += 1;
        if (namesInText(text, p)) {
          people.named += 1;
          if (hit) people.namedFound += 1;
          else misses.push(`${event.id} person ${p} not found in: ${text.slice(0, 140)}`);
        }
      }
      for (const f of found) if (!participants.includes(f)) people.extra += 1;
      if (event.location !== null) {
        places.gold += 1;
        const place = extractors.place(text);
        if (place === null) places.none += 1;
        else if (foldPlace(place) === foldPlace(event.location)) places.right += 1;
        else {
          places.wrong += 1;
          misses.push(`${event.id} place ${place} ≠ ${event.location}: ${text.slice(0, 140)}`);
        }
      }
    }
  }
  return { sentences, people, places, distinctNames: [...distinct].sort(), misses };
}

/** The timeline's events matched to gold (date agrees, a source shared): how often their place and people agree. */
export async function measureTimelinePlaces(): Promise<{ matched: number; placeRight: number; placeGold: number; peopleRight: number; misses: string[] }> {
  const textsDir = devTextsDir();
  if (!textsDir) throw new Error('dev texts are missing');
  const all = (JSON.parse(readFileSync(path.join(DEV_DIR, 'events.json'), 'utf8')) as { events: GoldEvent[] }).events;
  const out = { matched: 0, placeRight: 0, placeGold: 0, peopleRight: 0, misses: [] as string[] };
  for (const period of TUNED_PERIODS) {
    const gold = all.filter((e) => e.period === period);
    const files = [...new Set(gold.flatMap((e) => e.sources))].map((f) => path.join(textsDir, f));
    const { articles } = await readArticleFiles(files);
    const answer = timeline(buildCorpus(articles), { all: true, pageSize: Number.MAX_SAFE_INTEGER, today: '2026-01-01' as never });
    const events = answer.kind === 'timeline' ? answer.data.events : [];
    for (const e of events) {
      const g = gold.find((x) => dateAgrees(e.date, x.date, x.precision, x.date_end ?? undefined) && e.sources.some((s) => x.sources.includes(s.article)));
      if (!g) continue;
      out.matched += 1;
      const persons = g.participants.filter(isPersonName);
      if (persons.every((p) => e.participants.includes(p))) out.peopleRight += 1;
      if (g.location === null) continue;
      out.placeGold += 1;
      if (e.place !== undefined && foldPlace(e.place) === foldPlace(g.location)) out.placeRight += 1;
      else out.misses.push(`${g.id} timeline place ${e.place ?? 'none'} ≠ ${g.location}`);
    }
  }
  return out;
}

const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(0)}%`);

export function formatScores(label: string, s: PeoplePlacesScores): string {
  const p = s.people;
  return `| ${label} | ${s.sentences} | ${p.found}/${p.gold} (${pct(p.found, p.gold)}) | ${p.namedFound}/${p.named} (${pct(p.namedFound, p.named)}) | ${p.extra} | `
    + `${s.places.right}/${s.places.gold} (${pct(s.places.right, s.places.gold)}) | ${s.places.wrong} | ${s.distinctNames.length} |`;
}

export const HEADER = '| extractor | evidence sentences | participants found | named participants found | other names | place right | place wrong | distinct names |\n|---|---|---|---|---|---|---|---|';

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const scores = await measurePeoplePlaces(summitExtractors);
  console.log(HEADER);
  console.log(formatScores('summit', scores));
  const t = await measureTimelinePlaces();
  console.log(`\ntimeline events matched to gold (A+B): ${t.matched}; place right ${t.placeRight}/${t.placeGold} (${pct(t.placeRight, t.placeGold)}); all gold people present ${t.peopleRight}/${t.matched}`);
  if (verbose) {
    console.log(`\nnames found in A+B sentences:\n  ${scores.distinctNames.join('; ')}`);
    console.log(`\nmisses:\n  ${[...scores.misses, ...t.misses].join('\n  ')}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
