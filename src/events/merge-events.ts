/** Mentions → events: mentions that tell the same real-world happening (across or within articles) become one event. */
import type { Citation, DatedEvent, Precision } from '../domain.js';
import { FAMILY_OF, familiesRelated, isSpeech } from './action-lexicon.js';
import type { ActionFamily } from './action-lexicon.js';
import { isoWeekOf, parseIsoDate } from '../time/calendar.js';
import { dateContains, dayWithin, firstDayOf, precisionRank } from './event-dates.js';
import type { EventMention } from './extract-events.js';
import { PRINCIPALS, XI, PUTIN } from './people.js';
import { placesCompatible } from '../geo/resolve-place.js';

interface Cluster {
  date: string;
  precision: Precision;
  endDate: string | undefined;
  readonly mentions: EventMention[];
  /** The same mentions by article: the passage checks below look only at one article, and must not scan every source. */
  readonly byFile: Map<string, EventMention[]>;
  /** Kept in step with `mentions` so that scoring a mention against a cluster costs no rebuilding. */
  readonly families: Set<ActionFamily>;
  readonly people: Set<string>;
  readonly places: Set<string>;
  readonly titles: Set<string>;
  /** Some mention tells a call or video summit: a remote encounter, not one where people travel. */
  remote: boolean;
  /** The keys the cluster is already filed under in `ClusterIndex.contained`: each is filed once, not per mention. */
  readonly indexed: Set<string>;
}

function createCluster(m: EventMention): Cluster {
  const c: Cluster = { date: m.date, precision: m.precision, endDate: m.endDate, mentions: [], byFile: new Map(), families: new Set(), people: new Set(), places: new Set(), titles: new Set(), remote: false, indexed: new Set() };
  addMention(c, m);
  return c;
}

function addMention(c: Cluster, m: EventMention): void {
  c.mentions.push(m);
  const sameFile = c.byFile.get(m.file);
  if (sameFile) sameFile.push(m);
  else c.byFile.set(m.file, [m]);
  c.families.add(FAMILY_OF[m.action]);
  for (const p of m.participants) c.people.add(p);
  if (m.place !== undefined) c.places.add(m.place);
  c.titles.add(m.title);
  if (m.action === 'call') c.remote = true;
}

function absorb(into: Cluster, from: Cluster): void {
  for (const m of from.mentions) addMention(into, m);
  if (into.endDate === undefined) into.endDate = from.endDate;
}

/** One side's participants contain the other's, or they share at least half of their union. */
function participantsAgree(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return true;
  const shared = sharedCount(a, b);
  if (shared === a.size || shared === b.size) return true;
  return shared / (a.size + b.size - shared) >= 0.5;
}

function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** Two places can name one venue: the same name, or a city and the country it lies in ("Moscow" and "Russia"). */
function placesAgree(a: string, b: string): boolean {
  return placesCompatible(a, b);
}

/** The mention names a place that none of the cluster's places can be (Beijing against the Kremlin). */
function placeConflict(m: EventMention, c: Cluster): boolean {
  if (m.place === undefined || c.places.size === 0) return false;
  for (const p of c.places) if (placesAgree(m.place, p)) return false;
  return true;
}

/**
 * How well a mention fits a cluster whose date is at least as fine; -1 when it must not join. Same-day mentions join
 * only within one action family (a meeting and a call on one day stay two); a statement joins what it reports when both
 * come from the same passage of one article; coarser mentions join only an occasion of the same sort (never a call to a
 * trip), with agreeing participants and no contrary place.
 */
function fit(m: EventMention, c: Cluster): number {
  const family = FAMILY_OF[m.action];
  const who = new Set(m.participants);
  const clusterWho = c.people;
  const placeBonus = m.place !== undefined && c.places.has(m.place) ? 1 : 0;
  // Two articles that each name no one ("the city hosted the Games in 2008") share nothing but a date and a verb:
  // only a common place or the same title makes them one happening.
  if (who.size === 0 && clusterWho.size === 0 && !c.byFile.has(m.file) && placeBonus === 0 && !c.titles.has(m.title)) return -1;
  const sameDate = m.date === c.date && m.precision === c.precision;
  if (sameDate || (m.precision === 'day' && dayWithin(m.date, c.date, c.endDate))) {
    if (c.families.has(family) && participantsAgree(who, clusterWho) && !placeConflict(m, c)) return 10 + sharedCount(who, clusterWho) + placeBonus;
    // A multi-day visit holds what happens on its days only when it is the same kind of happening.
    if (!sameDate) return -1;
    // A statement and the deed it reports, told side by side in one article, are one happening.
    const fromSameArticle = c.byFile.get(m.file) ?? [];
    const nearbyStatement = fromSameArticle.some((x) => isSpeech(x.action) !== isSpeech(m.action)
      && (Math.abs(x.sentenceIndex - m.sentenceIndex) <= 1
        || (Math.abs(x.sentenceIndex - m.sentenceIndex) <= 2
          && (sharedCount(new Set(x.participants), who) > 0 || namedIn(x, m) || namedIn(m, x)))));
    if (nearbyStatement) return 5;
    // "They last met in Beijing in February, when Putin attended the Games": one sentence, one date, one occasion.
    const sameSentence = fromSameArticle.some((x) => x.sentenceIndex === m.sentenceIndex
      && familiesRelated(FAMILY_OF[x.action], family) && sharedCount(new Set(x.participants), who) > 0);
    if (sameSentence && !placeConflict(m, c)) return 5;
    return -1;
  }
  // A span ("2022 and 2023") is not one of the days inside it.
  if (m.endDate !== undefined || !dateContains(m.date, m.precision, c.date, c.precision)) return -1;
  // "will visit next year" is not the phone call that happens to fall in that year.
  if ((m.action === 'call') !== c.remote && (family === 'encounter' || family === 'visit' || family === 'attend')) return -1;
  if (placeConflict(m, c)) return -1;
  let affinity = 0;
  for (const f of c.families) affinity = Math.max(affinity, familyAffinity(f, family));
  if (affinity === 0) return -1;
  // A loose relation (a ceremony during a visit) needs the place to vouch for it.
  if (affinity === 1 && placeBonus === 0 && !(m.place !== undefined && [...c.places].some((p) => placesAgree(m.place ?? '', p)))) return -1;
  if ((who.size > 0 || clusterWho.size > 0) && sharedCount(who, clusterWho) === 0) return -1;
  if (!participantsAgree(who, clusterWho) && sharedCount(who, clusterWho) < 2) return -1;
  return affinity + sharedCount(who, clusterWho) + placeBonus;
}

/** A speaker of one mention is named in the other's sentence (`"…accepted," Zhao said.`). */
function namedIn(speaker: EventMention, other: EventMention): boolean {
  if (!isSpeech(speaker.action)) return false;
  return speaker.participants.some((name) => name.split(' ').some((part) => part.length > 2 && new RegExp(String.raw`\b${part}\b`).test(other.quote)));
}

/** How strongly two families may describe one occasion: same 3, a visit's meetings 2, other related pairs 1, else 0. */
function familyAffinity(a: ActionFamily, b: ActionFamily): number {
  if (a === b) return 3;
  if ((a === 'visit' && b === 'encounter') || (a === 'encounter' && b === 'visit')) return 2;
  return familiesRelated(a, b) ? 1 : 0;
}

/** Same-date clusters that the one-pass assignment left apart although a mention of one fits the other. */
function joinSameDate(clusters: readonly Cluster[]): Cluster[] {
  const byDate = new Map<string, Cluster[]>();
  for (const c of clusters) {
    const key = `${c.precision}|${c.date}`;
    const list = byDate.get(key);
    if (list) list.push(c);
    else byDate.set(key, [c]);
  }
  const removed = new Set<Cluster>();
  for (const group of byDate.values()) {
    // Repeat whole passes while any merge happened: a grown cluster may now fit one it did not fit before.
    let changed = group.length > 1;
    while (changed) {
      changed = false;
      for (let i = 0; i < group.length; i++) {
        const a = group[i];
        if (!a || removed.has(a)) continue;
        for (let j = i + 1; j < group.length; j++) {
          const b = group[j];
          if (!b || removed.has(b)) continue;
          if (b.mentions.some((m) => fit(m, a) >= 5) || a.mentions.some((m) => fit(m, b) >= 5)) {
            absorb(a, b);
            removed.add(b);
            changed = true;
          }
        }
      }
    }
  }
  return clusters.filter((c) => !removed.has(c));
}

/**
 * The two leaders meet once a day: the talks, the banquet, the statement and the signing told of one day are one
 * occasion on the timeline, and so are both ends of a call (each side's capital). Kept apart only when the places
 * cannot be one venue and neither is a call.
 */
function joinCentralDay(clusters: readonly Cluster[]): Cluster[] {
  const isCentral = (c: Cluster): boolean => c.precision === 'day' && c.people.has(XI) && c.people.has(PUTIN);
  const byDay = new Map<string, Cluster[]>();
  for (const c of clusters) {
    if (!isCentral(c)) continue;
    const list = byDay.get(c.date);
    if (list) list.push(c);
    else byDay.set(c.date, [c]);
  }
  const removed = new Set<Cluster>();
  for (const group of byDay.values()) {
    for (let i = 0; i < group.length; i++) {
      const a = group[i];
      if (!a || removed.has(a)) continue;
      for (let j = i + 1; j < group.length; j++) {
        const b = group[j];
        if (!b || removed.has(b)) continue;
        const venue = a.remote || b.remote || a.places.size === 0 || b.places.size === 0
          || [...a.places].some((p) => [...b.places].some((q) => placesAgree(p, q)));
        if (!venue) continue;
        absorb(a, b);
        removed.add(b);
      }
    }
  }
  return clusters.filter((c) => !removed.has(c));
}

/** FNV-1a, 32 bits, as base-36: short, URL-safe and the same on every run. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}

const PRINCIPAL_ORDER: readonly string[] = PRINCIPALS.map((p) => p.name);

/**
 * Participants as one list of distinct people: a bare surname ("Prime Minister Mishustin") is dropped when another
 * source names the same person in full ("Mikhail Mishustin").
 */
function orderParticipants(names: Iterable<string>): string[] {
  const all = [...new Set(names)];
  const list = all.filter((n) => n.includes(' ') || !all.some((full) => full !== n && full.endsWith(` ${n}`)));
  return [...list.filter((n) => PRINCIPAL_ORDER.includes(n)).sort((a, b) => PRINCIPAL_ORDER.indexOf(a) - PRINCIPAL_ORDER.indexOf(b)), ...list.filter((n) => !PRINCIPAL_ORDER.includes(n))];
}

/** The mention whose title speaks for the event: finest date, a deed over its telling, most participants, earliest. */
function representative(c: Cluster): EventMention {
  const ranked = [...c.mentions].sort((a, b) =>
    precisionRank(a.precision) - precisionRank(b.precision)
    || Number(isSpeech(a.action)) - Number(isSpeech(b.action))
    || b.participants.length - a.participants.length
    || a.file.localeCompare(b.file) || a.sentenceIndex - b.sentenceIndex);
  const first = ranked[0];
  if (!first) throw new Error('empty cluster');
  return first;
}

function mostCommonPlace(c: Cluster): string | undefined {
  const counts = new Map<string, number>();
  for (const m of c.mentions) if (m.place !== undefined) counts.set(m.place, (counts.get(m.place) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

/** Below this many words a title names only the act ("Meeting"): the quote's own opening says more. */
const MIN_TITLE_WORDS = 2;
const QUOTE_TITLE_WORDS = 12;

function titleOf(rep: EventMention): string {
  if (rep.title.split(/\s+/).length >= MIN_TITLE_WORDS) return rep.title;
  const words = rep.quote.replace(/^["“'‘\s]+/, '').split(/\s+/);
  const opening = words.slice(0, QUOTE_TITLE_WORDS).join(' ').replace(/[,;:—–-]+$/, '');
  return words.length > QUOTE_TITLE_WORDS ? `${opening}…` : opening.replace(/[.!?]+$/, '');
}

/**
 * Each report may name one side ("Xi Jinping holds a meeting", "Putin met his counterpart"): when the merged encounter
 * has both leaders and its representative's title names only one, the title says both.
 */
function pairTitle(rep: EventMention, place: string | undefined): string {
  const title = titleOf(rep);
  if (FAMILY_OF[rep.action] !== 'encounter' || (title.includes('Xi') && title.includes('Putin'))) return title;
  return `${XI} and ${PUTIN} meet${place !== undefined ? ` in ${place}` : ''}`;
}

function toEvent(c: Cluster): Omit<DatedEvent, 'id'> & { readonly key: string } {
  const rep = representative(c);
  const participants = orderParticipants(c.mentions.flatMap((m) => m.participants));
  const place = rep.place ?? mostCommonPlace(c);
  const seen = new Set<string>();
  const sources: Citation[] = [];
  for (const m of [...c.mentions].sort((a, b) => a.file.localeCompare(b.file) || a.sentenceIndex - b.sentenceIndex)) {
    const key = `${m.citation.article}\u0000${m.citation.quote}`;
    if (seen.has(key)) continue;
    seen.add(key);
    sources.push(m.citation);
  }
  const central = participants.includes(XI) && participants.includes(PUTIN);
  return {
    key: `${c.date}|${FAMILY_OF[rep.action]}|${[...participants].sort().join(',')}`,
    date: c.date,
    precision: c.precision,
    ...(c.endDate !== undefined ? { endDate: c.endDate } : {}),
    title: central ? pairTitle(rep, place) : titleOf(rep),
    participants,
    ...(place !== undefined ? { place } : {}),
    central,
    sources,
  };
}

/**
 * Where a mention may land, indexed so a mention is scored only against clusters `fit` could accept: the same date, a
 * multi-day span around its day, or — for coarse mentions — finer clusters inside its week, month or year that share a
 * participant (or, for a mention naming no one, clusters naming no one). Without this, merging grows with the square of
 * the corpus (measured: 146 s for 2,000 generated articles).
 */
interface ClusterIndex {
  /** Day clusters by their day. */
  readonly byDate: Map<string, Cluster[]>;
  readonly spans: Map<string, Cluster[]>;
  /**
 * `scope|key` → the clusters at or inside a week, month or year value (scope), by what a coarse mention can share with
 * them: a person (`p:`), its article (`f:`), or for mentions naming no one, the place (`l:`) or title (`t:`).
 */
  readonly contained: Map<string, Set<Cluster>>;
  /** `scopesOf` by precision and date: every mention that joins a cluster is filed under the same scopes again. */
  readonly scopes: Map<string, readonly string[]>;
}

/** Where a cluster can be found: `=`-prefixed under its own coarse date, plain under every coarser value containing it. */
function scopesOf(c: Cluster): string[] {
  const year = c.date.slice(0, 4);
  if (c.precision === 'day') {
    const day = parseIsoDate(c.date);
    return [year, c.date.slice(0, 7), ...(day ? [isoWeekOf(day)] : [])];
  }
  return c.precision === 'year' ? [`=${year}`] : [`=${c.date}`, year];
}

/**
 * Finer events a coarse mention may be scored against. Past this many, "in 2022" with Putin could be any of them: the
 * mention is ambiguous by the same rule as a tie, and scoring them all would make merging grow with the square of the corpus.
 */
const MAX_FINER_CANDIDATES = 48;

function addToSet(map: Map<string, Set<Cluster>>, key: string, c: Cluster): void {
  const set = map.get(key);
  if (set) set.add(c);
  else map.set(key, new Set([c]));
}

function indexKeys(index: ClusterIndex, c: Cluster, keys: Iterable<string>): void {
  const scopeKey = `${c.precision}|${c.date}`;
  let scopes = index.scopes.get(scopeKey);
  if (scopes === undefined) {
    scopes = scopesOf(c);
    index.scopes.set(scopeKey, scopes);
  }
  // A cluster's date never changes, so neither do its scopes: a key filed once stays filed.
  for (const key of keys) {
    if (c.indexed.has(key)) continue;
    c.indexed.add(key);
    for (const scope of scopes) addToSet(index.contained, `${scope}|${key}`, c);
  }
}

/** What a cluster is filed under: its people, articles, places and titles. */
function clusterKeysOf(m: EventMention): string[] {
  return [...m.participants.map((p) => `p:${p}`), `f:${m.file}`, `t:${m.title}`, ...(m.place !== undefined ? [`l:${m.place}`] : [])];
}

/** What a coarse mention looks clusters up by: a person it names, else its article, place or title (see `fit`). */
function lookupKeysOf(m: EventMention): string[] {
  if (m.participants.length > 0) return [...m.participants.map((p) => `p:${p}`), `f:${m.file}`];
  return [`f:${m.file}`, `t:${m.title}`, ...(m.place !== undefined ? [`l:${m.place}`] : [])];
}

function indexCluster(index: ClusterIndex, c: Cluster): void {
  if (c.precision === 'day') {
    const list = index.byDate.get(c.date);
    if (list) list.push(c);
    else index.byDate.set(c.date, [c]);
  }
  for (const m of c.mentions) indexKeys(index, c, clusterKeysOf(m));
  if (c.endDate !== undefined) indexSpan(index, c);
}

function indexSpan(index: ClusterIndex, c: Cluster): void {
  const year = c.date.slice(0, 4);
  const list = index.spans.get(year);
  if (list) list.push(c);
  else index.spans.set(year, [c]);
}

function candidatesFor(index: ClusterIndex, m: EventMention): Cluster[] {
  if (m.precision === 'day') {
    const found = new Set<Cluster>(index.byDate.get(m.date) ?? []);
    for (const c of index.spans.get(m.date.slice(0, 4)) ?? []) if (dayWithin(m.date, c.date, c.endDate)) found.add(c);
    return [...found];
  }
  const keys = lookupKeysOf(m);
  const found = new Set<Cluster>();
  for (const key of keys) for (const c of index.contained.get(`=${m.date}|${key}`) ?? []) found.add(c);
  const finer = keys.map((key) => index.contained.get(`${m.date}|${key}`));
  if (finer.reduce((n, set) => n + (set?.size ?? 0), 0) <= MAX_FINER_CANDIDATES) for (const set of finer) for (const c of set ?? []) found.add(c);
  return [...found];
}

/** Everything about a coarse mention that decides where it merges; mentions naming no one also keep their article and title. */
function signatureOf(m: EventMention): string {
  const who = [...m.participants].sort().join('+');
  const anonymous = who === '' ? `${m.file}|${m.title}` : '';
  return [m.precision, m.date, m.endDate ?? '', m.action, who, m.place ?? '', anonymous].join('|');
}

export function mergeEvents(mentions: readonly EventMention[]): DatedEvent[] {
  // Finest dates first, so coarse mentions find the precise events they may belong to.
  const ordered = [...mentions].sort((a, b) =>
    precisionRank(a.precision) - precisionRank(b.precision) || a.date.localeCompare(b.date)
    || Number(a.endDate === undefined) - Number(b.endDate === undefined)
    || a.file.localeCompare(b.file) || a.sentenceIndex - b.sentenceIndex);
  const clusters: Cluster[] = [];
  const index: ClusterIndex = { byDate: new Map(), spans: new Map(), contained: new Map(), scopes: new Map() };
  // Coarse mentions come last, when the finer clusters are settled: mentions that agree in everything `fit` reads land
  // in the same place, so each distinct one is scored once ("in 2019" told by a thousand articles is one decision).
  const settled = new Map<string, Cluster>();
  for (const m of ordered) {
    const signature = m.precision === 'day' ? null : signatureOf(m);
    const known = signature === null ? undefined : settled.get(signature);
    if (known) {
      addMention(known, m);
      indexKeys(index, known, clusterKeysOf(m));
      continue;
    }
    const scored = candidatesFor(index, m).map((c) => ({ c, score: fit(m, c) })).filter((s) => s.score >= 0);
    // A coarse mention belongs to the finer event it tells of before any other coarse mention.
    const finer = scored.filter((s) => precisionRank(s.c.precision) < precisionRank(m.precision)).sort((a, b) => b.score - a.score);
    const same = scored.filter((s) => precisionRank(s.c.precision) >= precisionRank(m.precision)).sort((a, b) => b.score - a.score);
    const [best, runnerUp] = finer.length > 0 ? finer : same;
    // A coarse date with two equally good finer candidates is ambiguous: keep it apart.
    const ambiguous = best !== undefined && runnerUp !== undefined && runnerUp.score === best.score && best.c.precision !== m.precision;
    if (best && !ambiguous) {
      addMention(best.c, m);
      indexKeys(index, best.c, clusterKeysOf(m));
      if (signature !== null) settled.set(signature, best.c);
      if (best.c.endDate === undefined && m.endDate !== undefined && m.date === best.c.date) {
        best.c.endDate = m.endDate;
        indexSpan(index, best.c);
      }
    } else {
      const c = createCluster(m);
      clusters.push(c);
      indexCluster(index, c);
      if (signature !== null && !ambiguous) settled.set(signature, c);
    }
  }
  const drafts = joinCentralDay(joinSameDate(clusters)).map(toEvent);
  const used = new Map<string, number>();
  const events = drafts.map(({ key, ...event }) => {
    const n = used.get(key) ?? 0;
    used.set(key, n + 1);
    const id = `${event.date}-${hash(n === 0 ? key : `${key}|${event.title}|${n}`)}`;
    return { id, ...event };
  });
  // By first day, so a week sorts among the days it holds ("2021-W46" is not after "2021-12-15"); coarser first on ties.
  return events.sort((a, b) => firstDayOf(a.date, a.precision).localeCompare(firstDayOf(b.date, b.precision))
    || precisionRank(b.precision) - precisionRank(a.precision) || a.date.localeCompare(b.date)
    || Number(b.central) - Number(a.central) || a.id.localeCompare(b.id));
}
