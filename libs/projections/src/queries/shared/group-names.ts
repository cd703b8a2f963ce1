import type { Kysely } from 'kysely';
import { GroupNamesRepository } from '@app/domain';
import type { Database } from '@app/event-store';

/** Current names of groups, from the reservation table the writes keep in step. */
export function groupNamesOf(db: Kysely<Database>, ids: string[]): Promise<Map<string, string>> {
  return new GroupNamesRepository(db).primaryNames(ids);
}

/** A group filter given as id, name or alias; null when nothing matches. */
export function resolveGroupFilter(db: Kysely<Database>, ref: string): Promise<string | null> {
  return new GroupNamesRepository(db).idOf(ref);
}
