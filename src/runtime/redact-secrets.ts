/** Scrubs credentials out of log fields and messages: by key name, by known token shapes, and by the configured values. */

const SECRET_KEY = /(token|secret|password|passwd|authorization|cookie|credentials?|apikey|api_key)$/i;
const CENSOR = '[redacted]';

/** Shapes of credentials that may hide inside an error message or a URL; each keeps its harmless prefix for debugging. */
const SECRET_SHAPES: ReadonlyArray<readonly [RegExp, string]> = [
  // Slack bot, user, refresh and app-level tokens.
  [/\b(xox[abeoprs]|xapp)-[A-Za-z0-9-]{6,}/g, `$1-${CENSOR}`],
  // Discord bot tokens: base64 user id, a timestamp part and an HMAC, dot-separated.
  [/\b[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}/g, CENSOR],
  // A password in a connection URL (postgres://user:pass@host).
  [/\b([a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:)[^@\s]+@/gi, `$1${CENSOR}@`],
  // Authorization header values written out in a message.
  [/\b(Bot|Bearer|Basic)\s+[A-Za-z0-9._~+/-]{8,}=*/g, `$1 ${CENSOR}`],
];

export interface SecretRedactor {
  text(value: string): string;
  fields(value: Readonly<Record<string, unknown>>): Record<string, unknown>;
}

/** `known` are exact secret values (from the configuration) replaced wherever they appear. */
export function createSecretRedactor(known: readonly string[] = []): SecretRedactor {
  // Short values would blank out ordinary words; real secrets are long.
  const exact = known.filter((s) => s.length >= 8).sort((a, b) => b.length - a.length);
  const text = (value: string): string => {
    let out = value;
    for (const secret of exact) out = out.split(secret).join(CENSOR);
    for (const [shape, replacement] of SECRET_SHAPES) out = out.replace(shape, replacement);
    return out;
  };
  const walk = (value: unknown, depth: number): unknown => {
    if (typeof value === 'string') return text(value);
    if (value === null || typeof value !== 'object' || depth > 6) return value;
    if (value instanceof Error) return errorFields(value, depth);
    if (Array.isArray(value)) return value.map((v) => walk(v, depth + 1));
    if (value instanceof Date) return value;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = SECRET_KEY.test(key) && v !== undefined && v !== null ? CENSOR : walk(v, depth + 1);
    return out;
  };
  // pino serialises only a top-level `err`; errors elsewhere would log as `{}`, so every Error is spelled out here.
  const errorFields = (error: Error, depth: number): Record<string, unknown> => ({
    type: error.name,
    message: text(error.message),
    ...((error as { code?: unknown }).code !== undefined ? { code: (error as { code?: unknown }).code } : {}),
    ...(error.stack ? { stack: text(error.stack) } : {}),
    ...(error.cause !== undefined && depth < 6 ? { cause: walk(error.cause, depth + 1) } : {}),
  });
  return { text, fields: (value) => walk(value, 0) as Record<string, unknown> };
}
