/** The Metrics port over a prom-client registry of its own (not the global one), rendered at GET /metrics. */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Metrics } from '../ports.js';

export interface PrometheusMetrics extends Metrics {
  readonly registry: Registry;
  /** Prometheus text exposition format, version 0.0.4. */
  render(): Promise<string>;
  readonly contentType: string;
}

/** Answers take milliseconds; digest commands wait on the store, so the buckets reach a few seconds. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;

export function createPrometheusMetrics(options: { readonly processMetrics?: boolean } = {}): PrometheusMetrics {
  const registry = new Registry();
  if (options.processMetrics !== false) collectDefaultMetrics({ register: registry, prefix: 'summit_' });
  const answered = new Counter({
    name: 'summit_questions_answered_total',
    help: 'Questions and commands answered, by surface (console, slack, discord) and command kind (ask, search, digest…).',
    labelNames: ['surface', 'kind'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'summit_answer_duration_seconds',
    help: 'Time from the text of a question to its Answer, in seconds, by surface.',
    labelNames: ['surface'] as const,
    buckets: [...LATENCY_BUCKETS],
    registers: [registry],
  });
  const digests = new Counter({
    name: 'summit_digests_total',
    help: 'Daily digests by platform and outcome: posted, caught-up (posted late, also counted as posted) or failed.',
    labelNames: ['platform', 'outcome'] as const,
    registers: [registry],
  });
  const retries = new Counter({
    name: 'summit_platform_retries_total',
    help: 'Requests to Slack or Discord repeated after a rate limit, server error or network error.',
    labelNames: ['platform', 'reason'] as const,
    registers: [registry],
  });
  // Zero-valued series from the start, so a dashboard shows 0 rather than "no data" before the first digest.
  for (const platform of ['slack', 'discord'] as const) for (const outcome of ['posted', 'caught-up', 'failed'] as const) digests.inc({ platform, outcome }, 0);
  return {
    registry,
    contentType: registry.contentType,
    render: () => registry.metrics(),
    answered(surface, kind, seconds) {
      answered.inc({ surface, kind });
      latency.observe({ surface }, seconds);
    },
    digest(platform, outcome) {
      digests.inc({ platform, outcome });
    },
    platformRetry(platform, reason) {
      retries.inc({ platform, reason });
    },
  };
}
