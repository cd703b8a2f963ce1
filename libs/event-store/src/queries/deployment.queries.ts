import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.generated.js';

/** This database's identity: a random id stored once by its migrations (migration 0024). */
export async function deploymentId(db: Kysely<Database>): Promise<string> {
  const row = await db.selectFrom('deployment_identity').select('id').executeTakeFirstOrThrow();
  return row.id;
}
