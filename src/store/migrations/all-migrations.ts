/** Every migration, in version order: the one schema both the embedded and the PostgreSQL store run. */
import { migration0001 } from './0001-initial.js';
import type { Migration } from './migration.js';

export const allMigrations: readonly Migration[] = [migration0001];
