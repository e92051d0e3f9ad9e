/** Migration 1: every table of the store. Times are timestamptz written from the caller's clock, never SQL now(). */
import type { Migration } from './migration.js';

export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  sql: `
    CREATE TABLE subscriptions (
      id text PRIMARY KEY,
      platform text NOT NULL,
      workspace_id text,
      channel_id text NOT NULL,
      digest_time text NOT NULL CHECK (digest_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
      time_zone text NOT NULL,
      enabled boolean NOT NULL DEFAULT true,
      disabled_reason text,
      source text NOT NULL CHECK (source IN ('command', 'config')),
      created_by text,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    );
    CREATE INDEX subscriptions_enabled ON subscriptions (id) WHERE enabled;

    -- No foreign key to subscriptions: the ledger outlives an unsubscribe, so status and history stay readable.
    CREATE TABLE digest_ledger (
      subscription_id text NOT NULL,
      local_date text NOT NULL CHECK (local_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      status text NOT NULL CHECK (status IN ('claimed', 'posted', 'failed', 'missed', 'skipped')),
      owner text NOT NULL,
      lease_until timestamptz NOT NULL,
      claimed_at timestamptz NOT NULL,
      attempts integer NOT NULL,
      -- Non-null only while a claimed row is released: a claim may retake it from then on.
      retry_at timestamptz,
      -- Whether the latest claim took the row over from an owner whose lease lapsed (it may have posted).
      taken_over boolean NOT NULL DEFAULT false,
      message_id text,
      detail text,
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (subscription_id, local_date)
    );

    CREATE TABLE seen_events (
      key text PRIMARY KEY,
      expires_at timestamptz NOT NULL
    );
    CREATE INDEX seen_events_expires_at ON seen_events (expires_at);

    CREATE TABLE installations (
      key text PRIMARY KEY,
      json text NOT NULL,
      updated_at timestamptz NOT NULL
    );

    CREATE TABLE leases (
      name text PRIMARY KEY,
      owner text NOT NULL,
      lease_until timestamptz NOT NULL
    );

    CREATE TABLE analysis_cache (
      key text PRIMARY KEY,
      json text NOT NULL,
      updated_at timestamptz NOT NULL
    );
  `,
};
