import type { DirectoryRepository } from './directory.repository.js';
import type { GroupRef } from './group-names.repository.js';
import type { PersonNamesRepository } from './person-names.repository.js';
import type { CommandContext } from './command-context.js';
import { NotFoundError } from '../shared/domain-errors.js';

/**
 * The references of a claim or a denial, in the order a client reads them: the incident (404),
 * the group and the source (422), then the spokesperson named by id, name or alias (422 naming
 * `spokespersonId`).
 */
export async function claimantRefs(
  lookUps: { directory: DirectoryRepository; persons: PersonNamesRepository },
  incidentId: string,
  body: { group: string; sourceId: string; spokespersonId?: string | null },
  ctx: CommandContext,
): Promise<{ group: GroupRef; spokespersonId: string | null }> {
  const ref = body.spokespersonId;
  const { group } = await lookUps.directory.checkIncidentRefs(
    {
      incidentId,
      group: { ref: body.group, field: 'group' },
      sources: [{ id: body.sourceId, field: 'sourceId' }],
      lookUpsFollow: ref != null,
    },
    ctx,
  );
  if (ref == null) return { group, spokespersonId: null };
  const person = await lookUps.persons.resolve(ref);
  if (!person) throw new NotFoundError('person', ref.trim(), 'spokespersonId');
  return { group, spokespersonId: person.id };
}
