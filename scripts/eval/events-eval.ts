/** Events evaluation: the pipeline over data/articles → merged events, scored against the gold events of the seeds. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Article, DatedEvent, IsoDate, Sentence } from '../../src/domain.js';
import { extractEvents } from '../../src/events/extract-events.js';
import type { SentenceTimex } from '../../src/events/extract-events.js';
import { mergeEvents } from '../../src/events/merge-events.js';
import { splitSentences } from '../../src/ingest/split-sentences.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

interface GoldEvent {
  readonly id: string;
  readonly date: string;
  readonly precision: string;
  readonly central: boolean;
  readonly title: string;
  readonly evidence: readonly { readonly doc: string; readonly quote: string }[];
}

interface GoldTimex {
  readonly doc: string;
  readonly text: string;
  readonly offset: number;
  readonly type: SentenceTimex['type'];
  readonly value: string;
  readonly dct?: boolean;
}

export interface EventScores {
  /** Which timexes fed the events: the project's tagger, or the gold annotation when the tagger is absent. */
  readonly timexSource: 'tagger' | 'gold';
  readonly articleSource: 'parseArticle' | 'fallback';
  readonly systemEvents: number;
  readonly systemCentral: number;
  readonly goldEvents: number;
  readonly goldCentral: number;
  readonly centralRecall: number;
  readonly centralRecallDateOnly: number;
  /** Recalled central gold events whose system event is also flagged central. */
  readonly centralFlagAgreement: number;
  readonly recall: number;
  readonly recallDateOnly: number;
  readonly precision: number;
  readonly centralPrecision: number;
  readonly duplicates: number;
  readonly misses: readonly string[];
  readonly spurious: readonly string[];
  readonly duplicateIds: readonly string[];
  readonly events: readonly DatedEvent[];
}

type ParseArticle = (file: string, text: string) => { ok: true; value: Article } | { ok: false; error: unknown };
type TagArticle = (article: Article, dct?: IsoDate | null) => readonly SentenceTimex[];

async function optionalImport<T>(relative: string, name: string): Promise<T | null> {
  const file = path.join(repoRoot, relative);
  if (!existsSync(file)) return null;
  const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  return typeof mod[name] === 'function' ? (mod[name] as T) : null;
}

/** Stand-in for the ingest parser while it is being written: blank-line paragraphs, the shared sentence splitter. */
function fallbackArticle(file: string, text: string, published: IsoDate | null): Article {
  const sentences: Sentence[] = [];
  const paragraphs: string[] = [];
  const re = /[^\n]+/g;
  for (const m of text.matchAll(re)) {
    const paragraph = paragraphs.length;
    paragraphs.push(m[0]);
    for (const span of splitSentences(text, m.index, m.index + m[0].length)) {
      sentences.push({ index: sentences.length, paragraph, text: text.slice(span.start, span.end), offset: span.start });
    }
  }
  return { id: file, file, title: paragraphs[0] ?? file, outlet: null, author: null, published, publishedInferred: false, paragraphs, sentences };
}

function timexesFromGold(article: Article, gold: readonly GoldTimex[]): SentenceTimex[] {
  const out: SentenceTimex[] = [];
  for (const g of gold) {
    if (g.doc !== article.file || g.dct) continue;
    const s = article.sentences.find((x) => g.offset >= x.offset && g.offset < x.offset + x.text.length);
    if (s) out.push({ text: g.text, offset: g.offset, type: g.type, value: g.value, sentenceIndex: s.index });
  }
  return out;
}

const normalise = (s: string): string => s.toLowerCase().replace(/[“”"''‘’`]/g, '"').replace(/\s+/g, ' ').trim();

function longestCommon(a: string, b: string): number {
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        const v = (prev[j - 1] ?? 0) + 1;
        cur[j] = v;
        if (v > best) best = v;
      }
    }
    prev = cur;
  }
  return best;
}

/** A source sentence supports a gold quote when one holds the other or they share a long stretch of text. */
function overlaps(sourceQuote: string, goldQuote: string): boolean {
  const a = normalise(sourceQuote);
  const b = normalise(goldQuote);
  if (a.includes(b) || b.includes(a)) return true;
  return longestCommon(a, b) >= Math.min(40, Math.floor(b.length * 0.6));
}

function sharesEvidence(e: DatedEvent, g: GoldEvent): boolean {
  return e.sources.some((s) => g.evidence.some((ev) => ev.doc === s.article && overlaps(s.quote, ev.quote)));
}

function sameDate(e: DatedEvent, g: GoldEvent): boolean {
  return e.date === g.date && e.precision === g.precision;
}

export async function evalEvents(options: { readonly goldTimexes?: boolean } = {}): Promise<EventScores | null> {
  const evalDir = path.resolve(repoRoot, '..', 'shared', 'eval');
  const goldEventsFile = path.join(evalDir, 'gold-events.json');
  if (!existsSync(goldEventsFile)) {
    process.stderr.write(`events-eval: no gold at ${goldEventsFile}; nothing to score\n`);
    return null;
  }
  const gold = JSON.parse(readFileSync(goldEventsFile, 'utf8')) as GoldEvent[];
  const goldTimex = existsSync(path.join(evalDir, 'gold-timex.json'))
    ? (JSON.parse(readFileSync(path.join(evalDir, 'gold-timex.json'), 'utf8')) as GoldTimex[])
    : [];
  const parseArticle = await optionalImport<ParseArticle>('src/ingest/parse-article.ts', 'parseArticle');
  const tagArticle = options.goldTimexes ? null : await optionalImport<TagArticle>('src/time/tag-article.ts', 'tagArticle');

  const dir = path.join(repoRoot, 'data', 'articles');
  const mentions = readdirSync(dir).sort().flatMap((file) => {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const dct = (goldTimex.find((g) => g.doc === file && g.dct)?.value ?? null) as IsoDate | null;
    let article: Article = fallbackArticle(file, text, dct);
    if (parseArticle) {
      const parsed = parseArticle(file, text);
      if (parsed.ok) article = parsed.value;
    }
    const timexes = tagArticle ? tagArticle(article, article.published) : timexesFromGold(article, goldTimex);
    return extractEvents(article, timexes);
  });
  const events = mergeEvents(mentions);

  const matchesOf = (g: GoldEvent, strict: boolean): DatedEvent[] =>
    events.filter((e) => sameDate(e, g) && (!strict || sharesEvidence(e, g)));
  const central = gold.filter((g) => g.central);
  const recalled = (gs: readonly GoldEvent[], strict: boolean): number => gs.filter((g) => matchesOf(g, strict).length > 0).length;
  const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);
  const matched = events.filter((e) => gold.some((g) => sameDate(e, g) && sharesEvidence(e, g)));
  const systemCentral = events.filter((e) => e.central);
  // Each system event counts for one gold event only: a sentence that tells two happenings may support both, so an
  // event with several candidates goes to one its neighbours have not claimed. A gold event still claimed twice is split.
  const candidates = new Map(events.map((e) => [e, gold.filter((g) => sameDate(e, g) && sharesEvidence(e, g))] as const));
  const claims = new Map<string, number>();
  for (const [, gs] of [...candidates].sort((a, b) => a[1].length - b[1].length)) {
    if (gs.length === 0) continue;
    const pick = gs.find((g) => !claims.has(g.id)) ?? gs[0];
    if (pick) claims.set(pick.id, (claims.get(pick.id) ?? 0) + 1);
  }
  const duplicateIds = [...claims].filter(([, n]) => n > 1).map(([id]) => id);
  const flagAgree = central.filter((g) => matchesOf(g, true).some((e) => e.central)).length;

  return {
    timexSource: tagArticle ? 'tagger' : 'gold',
    articleSource: parseArticle ? 'parseArticle' : 'fallback',
    systemEvents: events.length,
    systemCentral: systemCentral.length,
    goldEvents: gold.length,
    goldCentral: central.length,
    centralRecall: ratio(recalled(central, true), central.length),
    centralRecallDateOnly: ratio(recalled(central, false), central.length),
    centralFlagAgreement: ratio(flagAgree, central.length),
    recall: ratio(recalled(gold, true), gold.length),
    recallDateOnly: ratio(recalled(gold, false), gold.length),
    precision: ratio(matched.length, events.length),
    centralPrecision: ratio(systemCentral.filter((e) => matched.includes(e)).length, systemCentral.length),
    duplicates: duplicateIds.length,
    misses: gold.filter((g) => matchesOf(g, true).length === 0).map((g) => `${g.id} ${g.date} ${g.central ? '[C] ' : ''}${g.title}`),
    spurious: events.filter((e) => !matched.includes(e)).map((e) => `${e.date} ${e.central ? '[C] ' : ''}${e.title} — ${e.sources[0]?.article.slice(0, 3) ?? ''}: ${(e.sources[0]?.quote ?? '').slice(0, 90)}`),
    duplicateIds,
    events,
  };
}

function printScores(s: EventScores): void {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const rows: Array<[string, string]> = [
    ['articles / timexes', `${s.articleSource} / ${s.timexSource}`],
    ['system events (central)', `${s.systemEvents} (${s.systemCentral})`],
    ['gold events (central)', `${s.goldEvents} (${s.goldCentral})`],
    ['central recall, exact date + evidence', pct(s.centralRecall)],
    ['central recall, date only', pct(s.centralRecallDateOnly)],
    ['central recalled and flagged central', pct(s.centralFlagAgreement)],
    ['all-event recall, exact date + evidence', pct(s.recall)],
    ['all-event recall, date only', pct(s.recallDateOnly)],
    ['precision (system events matching gold)', pct(s.precision)],
    ['central precision', pct(s.centralPrecision)],
    ['duplicates (gold matched by >1 event)', `${s.duplicates}${s.duplicateIds.length > 0 ? ` (${s.duplicateIds.join(', ')})` : ''}`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const out = [...rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`), '', `misses (${s.misses.length}):`, ...s.misses.map((m) => `  ${m}`),
    '', `spurious (${s.spurious.length}):`, ...s.spurious.map((m) => `  ${m}`)];
  process.stdout.write(`${out.join('\n')}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const scores = await evalEvents({ goldTimexes: process.argv.includes('--gold-timex') });
  if (scores) printScores(scores);
  if (scores && process.argv.includes('--list')) {
    for (const e of scores.events) {
      process.stdout.write(`${e.date}${e.endDate ? `..${e.endDate}` : ''} ${e.central ? '[C]' : '   '} ${e.title} {${e.participants.join(', ')}}${e.place ? ` @${e.place}` : ''}\n`);
      for (const c of e.sources) process.stdout.write(`      ${c.article.slice(0, 3)}: ${c.quote.slice(0, 140)}\n`);
    }
  }
}
