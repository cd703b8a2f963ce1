import type { Migration } from 'kysely/migration';
import * as m0001 from './0001-event-store.js';
import * as m0002 from './0002-api-keys-idempotency.js';
import * as m0003 from './0003-group-names.js';
import * as m0004 from './0004-read-models.js';
import * as m0005 from './0005-notify-after-commit.js';
import * as m0006 from './0006-imports.js';
import * as m0007 from './0007-ledger-seals.js';
import * as m0008 from './0008-claims-by-group-index.js';
import * as m0009 from './0009-follower-leases.js';
import * as m0010 from './0010-append-write-first.js';
import * as m0011 from './0011-idempotency-response-json.js';
import * as m0012 from './0012-person-names.js';
import * as m0013 from './0013-person-read-models.js';
import * as m0014 from './0014-statement-read-models.js';
import * as m0015 from './0015-claims-spokesperson.js';
import * as m0016 from './0016-spokesperson-record-index.js';
import * as m0020 from './0020-append-many.js';
import * as m0021 from './0021-group-name-keys.js';
import * as m0022 from './0022-incident-duplicates.js';
import * as m0023 from './0023-claims-time-unknown.js';
import * as m0024 from './0024-follower-failures-parking-identity.js';

/** Every migration in order. Static imports keep them inside the build and under jest alike. */
export const migrations: Record<string, Migration> = {
  '0001-event-store': m0001,
  '0002-api-keys-idempotency': m0002,
  '0003-group-names': m0003,
  '0004-read-models': m0004,
  '0005-notify-after-commit': m0005,
  '0006-imports': m0006,
  '0007-ledger-seals': m0007,
  '0008-claims-by-group-index': m0008,
  '0009-follower-leases': m0009,
  '0010-append-write-first': m0010,
  '0011-idempotency-response-json': m0011,
  '0012-person-names': m0012,
  '0013-person-read-models': m0013,
  '0014-statement-read-models': m0014,
  '0015-claims-spokesperson': m0015,
  '0016-spokesperson-record-index': m0016,
  '0020-append-many': m0020,
  '0021-group-name-keys': m0021,
  '0022-incident-duplicates': m0022,
  '0023-claims-time-unknown': m0023,
  '0024-follower-failures-parking-identity': m0024,
};
