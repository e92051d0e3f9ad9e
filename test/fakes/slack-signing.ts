/** Slack-signed requests for tests and the bench: v0 HMAC-SHA256 over `v0:<timestamp>:<raw body>` with the signing secret. */
import { createHmac } from 'node:crypto';

export const TEST_SIGNING_SECRET = 'test-signing-secret';

export function signatureHeaders(secret: string, body: string, timestampSec = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestampSec}:${body}`).digest('hex')}`;
  return { 'x-slack-request-timestamp': String(timestampSec), 'x-slack-signature': signature };
}

export interface SlashFields {
  readonly text: string;
  readonly command?: string;
  readonly user_id?: string;
  readonly channel_id?: string;
  readonly team_id?: string;
  readonly response_url: string;
}

export function slashBody(fields: SlashFields): string {
  return new URLSearchParams({
    token: 'legacy', team_id: fields.team_id ?? 'T1', team_domain: 'test', channel_id: fields.channel_id ?? 'C1', channel_name: 'general',
    user_id: fields.user_id ?? 'U1', user_name: 'asker', command: fields.command ?? '/summit', text: fields.text,
    api_app_id: 'A1', response_url: fields.response_url, trigger_id: '1.2.3',
  }).toString();
}

export function eventBody(event: Record<string, unknown>, eventId: string, teamId = 'T1'): string {
  return JSON.stringify({
    token: 'legacy', team_id: teamId, api_app_id: 'A1', type: 'event_callback', event_id: eventId, event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: teamId, user_id: 'UBOT', is_bot: true, is_enterprise_install: false }], event,
  });
}

export function actionBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export interface PostOptions {
  readonly secret?: string;
  readonly timestampSec?: number;
  readonly headers?: Record<string, string>;
  readonly contentType?: string;
}

/** POSTs a signed body; `secret: ''`-style tampering is done by the caller passing a different secret. */
export async function postSigned(url: string, body: string, options: PostOptions = {}): Promise<{ status: number; text: string; json: () => unknown }> {
  const contentType = options.contentType ?? (body.startsWith('{') ? 'application/json' : 'application/x-www-form-urlencoded');
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': contentType, ...signatureHeaders(options.secret ?? TEST_SIGNING_SECRET, body, options.timestampSec), ...options.headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, text, json: () => JSON.parse(text) };
}
