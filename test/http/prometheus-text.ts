/** A strict reader of the Prometheus text format (0.0.4), enough to prove /metrics parses and to read sample values. */

export interface Sample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s+(\S+)(\s+-?\d+)?$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"\s*(,|$)/y;
const TYPES = new Set(['counter', 'gauge', 'histogram', 'summary', 'untyped']);

/** Throws on the first line that is not valid exposition text; returns every sample. */
export function parsePrometheusText(text: string): Sample[] {
  if (!text.endsWith('\n')) throw new Error('exposition text must end with a newline');
  const samples: Sample[] = [];
  const typed = new Map<string, string>();
  for (const [index, line] of text.split('\n').entries()) {
    if (line === '') continue;
    const where = `line ${index + 1}: ${line}`;
    if (line.startsWith('#')) {
      const [, keyword, name, rest] = /^# (HELP|TYPE) (\S+) ?(.*)$/.exec(line) ?? [];
      if (!keyword || !name || !METRIC_NAME.test(name)) throw new Error(`bad comment, ${where}`);
      if (keyword === 'TYPE') {
        if (!TYPES.has(rest ?? '') || typed.has(name)) throw new Error(`bad or repeated TYPE, ${where}`);
        typed.set(name, rest ?? '');
      }
      continue;
    }
    const match = SAMPLE.exec(line);
    if (!match) throw new Error(`bad sample, ${where}`);
    const [, name = '', , body = ''] = match;
    const labels: Record<string, string> = {};
    LABEL.lastIndex = 0;
    while (LABEL.lastIndex < body.length) {
      const label = LABEL.exec(body);
      if (!label) throw new Error(`bad labels, ${where}`);
      labels[label[1] ?? ''] = (label[2] ?? '').replace(/\\(.)/g, (_m, c: string) => (c === 'n' ? '\n' : c));
    }
    const raw = match[4] ?? '';
    // Prometheus parses values with Go's ParseFloat, which takes NaN in any case (prom-client prints an unsampled lag as `Nan`).
    const isNaNWord = raw.toLowerCase() === 'nan';
    const value = raw === '+Inf' ? Infinity : raw === '-Inf' ? -Infinity : isNaNWord ? NaN : Number(raw);
    if (Number.isNaN(value) && !isNaNWord) throw new Error(`bad value, ${where}`);
    const family = name.replace(/_(bucket|sum|count|total|created)$/, '');
    if (!typed.has(name) && !typed.has(family)) throw new Error(`sample without a TYPE, ${where}`);
    samples.push({ name, labels, value });
  }
  return samples;
}

export function sampleValue(samples: readonly Sample[], name: string, labels: Readonly<Record<string, string>> = {}): number | undefined {
  return samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;
}
