import type { CitationBody } from '../../shared/citation.js';
import { ConflictError, RuleViolation } from '../../shared/domain-errors.js';
import { optionalPartialDate, optionalText, requireId, requireOneOf, requirePartialDate } from '../../shared/guards.js';
import { partialDateOrdered } from '../../shared/partial-date.js';
import { PERSON_STATUSES, type PersonStatus } from '../../shared/vocabulary.js';
import type { PersonEvent } from '../person.events.js';
import { optionalCitation } from '../../shared/citation.guard.js';
import { notInFuture, requirePerson } from '../person.guards.js';
import type { PersonState } from '../person.state.js';

export interface RecordPersonStatus {
  personId: string;
  statusId: string;
  status: PersonStatus;
  at: string;
  announcedAt?: string | null;
  sourceId?: string | null;
  citation?: CitationBody | null;
  incidentId?: string | null;
  note?: string | null;
  now: Date;
}

/**
 * Statuses are recorded in any order (a death learned late is recorded after a later sighting);
 * the current one is the latest by `at`. The same status at the same `at` again is refused.
 */
export function decideRecordPersonStatus(state: PersonState | null, cmd: RecordPersonStatus): PersonEvent[] {
  const person = requirePerson(state, cmd.personId);
  const statusId = requireId('id', cmd.statusId);
  if (person.statusHistory.some((s) => s.statusId === statusId))
    throw new ConflictError('already_exists', `status ${statusId} already exists`, { statusId });
  const status = requireOneOf('status', cmd.status, PERSON_STATUSES);
  const at = requirePartialDate('at', cmd.at);
  const announcedAt = optionalPartialDate('announcedAt', cmd.announcedAt);
  notInFuture('at', at, cmd.now);
  notInFuture('announcedAt', announcedAt, cmd.now);
  if (announcedAt && !partialDateOrdered(at, announcedAt))
    throw new RuleViolation('announcedAt', 'announcedAt must not be before at');
  const same = person.statusHistory.find((s) => s.status === status && s.at === at.value);
  if (same)
    throw new ConflictError('status_exists', `${status} at ${at.value} is already recorded as ${same.statusId}`, {
      statusId: same.statusId,
    });
  return [
    {
      type: 'PersonStatusRecorded',
      data: {
        statusId,
        status,
        at: at.value,
        announcedAt: announcedAt?.value ?? null,
        sourceId: cmd.sourceId ?? null,
        citation: optionalCitation('citation', cmd.citation),
        incidentId: cmd.incidentId ?? null,
        note: optionalText('note', cmd.note),
      },
    },
  ];
}
