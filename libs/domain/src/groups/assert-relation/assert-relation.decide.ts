import type { CitationBody } from '../../shared/citation.js';
import { optionalCitation } from '../../shared/citation.guard.js';
import { ConflictError, NotFoundError, RuleViolation } from '../../shared/domain-errors.js';
import { optionalIntInRange, optionalPartialDate, requireId, requireOneOf } from '../../shared/guards.js';
import { partialDateOrdered } from '../../shared/partial-date.js';
import { CONFIDENCE_MAX, CONFIDENCE_MIN, GROUP_RELATIONS, type GroupRelation } from '../../shared/vocabulary.js';
import type { GroupEvent } from '../group.events.js';
import type { GroupState } from '../group.state.js';

export interface AssertRelation {
  groupId: string;
  relationId: string;
  relation: GroupRelation;
  /** Resolved by the handler from the body's `otherGroup` (id, name or alias). */
  otherGroupId: string;
  validFrom?: string | null;
  validTo?: string | null;
  sourceId?: string | null;
  citation?: CitationBody | null;
  confidence?: number | null;
}

export function decideAssertRelation(state: GroupState | null, cmd: AssertRelation): GroupEvent[] {
  if (!state) throw new NotFoundError('group', cmd.groupId);
  const relationId = requireId('id', cmd.relationId);
  if (state.relations.some((r) => r.id === relationId)) {
    throw new ConflictError('already_exists', `relation ${relationId} already exists`, { relationId });
  }
  const relation = requireOneOf('relation', cmd.relation, GROUP_RELATIONS);
  const otherGroupId = requireId('otherGroup', cmd.otherGroupId);
  if (otherGroupId === state.id) throw new RuleViolation('otherGroup', 'a group cannot be related to itself');
  const from = optionalPartialDate('validFrom', cmd.validFrom);
  const to = optionalPartialDate('validTo', cmd.validTo);
  if (from && to && !partialDateOrdered(from, to))
    throw new RuleViolation('validTo', 'validTo must not be before validFrom');
  return [
    {
      type: 'GroupRelationAsserted',
      data: {
        relationId,
        relation,
        otherGroupId,
        validFrom: from?.value ?? null,
        validTo: to?.value ?? null,
        sourceId: cmd.sourceId ?? null,
        citation: optionalCitation('citation', cmd.citation),
        confidence: optionalIntInRange('confidence', cmd.confidence, CONFIDENCE_MIN, CONFIDENCE_MAX),
      },
    },
  ];
}
