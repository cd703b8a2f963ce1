import type { Migration } from 'kysely/migration';
import * as m0001 from './0001-event-store.js';

/** Every migration in order. Static imports keep them inside the build and under jest alike. */
export const migrations: Record<string, Migration> = {
  '0001-event-store': m0001,
};
