/** /readyz's verdict: every named check must pass within its time limit; the reasons are reported per check. */

export interface ReadinessCheck {
  readonly name: string;
  /** Resolves (or returns true) when ready; returns false or throws when not. */
  check(): Promise<boolean | void> | boolean;
}

export interface ReadinessReport {
  readonly ready: boolean;
  readonly checks: Readonly<Record<string, 'ok' | string>>;
}

/**
 * A probe that hangs is as unready as one that fails; 2 s stays below Kubernetes' default probe timeout (1 s is too tight
 * for a TCP connect plus query under load, and a slower answer would make the kubelet time out first).
 */
const CHECK_TIMEOUT_MS = 2_000;

export async function evaluateReadiness(checks: readonly ReadinessCheck[], timeoutMs = CHECK_TIMEOUT_MS): Promise<ReadinessReport> {
  const results = await Promise.all(checks.map(async ({ name, check }) => [name, await runCheck(check, timeoutMs)] as const));
  return { ready: results.every(([, verdict]) => verdict === 'ok'), checks: Object.fromEntries(results) };
}

async function runCheck(check: ReadinessCheck['check'], timeoutMs: number): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`no answer within ${timeoutMs} ms`), timeoutMs);
  });
  try {
    const verdict = Promise.resolve()
      .then(check)
      .then((ok) => (ok === false ? 'not ready' : 'ok'), (error: unknown) => (error instanceof Error ? error.message : String(error)));
    return await Promise.race([verdict, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
