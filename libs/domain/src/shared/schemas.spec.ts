import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import * as addAlias from '../groups/add-alias/add-alias.schema.js';
import * as assertRelation from '../groups/assert-relation/assert-relation.schema.js';
import * as registerGroup from '../groups/register-group/register-group.schema.js';
import * as withdrawRelation from '../groups/withdraw-relation/withdraw-relation.schema.js';
import * as addClaimSource from '../incidents/add-claim-source/add-claim-source.schema.js';
import * as assessAttribution from '../incidents/assess-attribution/assess-attribution.schema.js';
import * as assessAuthenticity from '../incidents/assess-authenticity/assess-authenticity.schema.js';
import * as correctIncident from '../incidents/correct-incident/correct-incident.schema.js';
import * as incidentFields from '../incidents/incident-fields.schema.js';
import * as markDuplicate from '../incidents/mark-duplicate/mark-duplicate.schema.js';
import * as recordClaim from '../incidents/record-claim/record-claim.schema.js';
import * as recordDenial from '../incidents/record-denial/record-denial.schema.js';
import * as reportIncident from '../incidents/report-incident/report-incident.schema.js';
import * as resolveReview from '../incidents/resolve-review/resolve-review.schema.js';
import * as retractClaim from '../incidents/retract-claim/retract-claim.schema.js';
import * as withdrawAttribution from '../incidents/withdraw-attribution/withdraw-attribution.schema.js';
import * as rateSource from '../sources/rate-source/rate-source.schema.js';
import * as registerSource from '../sources/register-source/register-source.schema.js';
import * as shared from './schemas.js';

const domain = {
  ...addAlias,
  ...assertRelation,
  ...registerGroup,
  ...withdrawRelation,
  ...addClaimSource,
  ...assessAttribution,
  ...assessAuthenticity,
  ...correctIncident,
  ...incidentFields,
  ...markDuplicate,
  ...recordClaim,
  ...recordDenial,
  ...reportIncident,
  ...resolveReview,
  ...retractClaim,
  ...withdrawAttribution,
  ...rateSource,
  ...registerSource,
  ...shared,
};

// Every body schema must convert to JSON Schema (the OpenAPI document is built from them).
const bodySchemas = Object.entries(domain).filter(([name]) => name.endsWith('BodySchema')) as [string, z.ZodType][];

describe('body schemas', () => {
  it('are all there (one per write, plus the nested pieces)', () => {
    expect(bodySchemas.map(([name]) => name).sort()).toEqual(
      [
        'AddAliasBodySchema',
        'AddClaimSourceBodySchema',
        'AssertRelationBodySchema',
        'AssessAttributionBodySchema',
        'AssessAuthenticityBodySchema',
        'CasualtiesBodySchema',
        'CorrectIncidentBodySchema',
        'LocationBodySchema',
        'MarkDuplicateBodySchema',
        'RateSourceBodySchema',
        'RecordClaimBodySchema',
        'RecordDenialBodySchema',
        'RegisterGroupBodySchema',
        'RegisterSourceBodySchema',
        'ReportIncidentBodySchema',
        'ResolveReviewBodySchema',
        'RetractClaimBodySchema',
        'WithdrawAttributionBodySchema',
        'WithdrawRelationBodySchema',
      ].sort(),
    );
  });

  it.each(bodySchemas)('%s converts to a closed JSON Schema object', (_name, schema) => {
    for (const io of ['input', 'output'] as const) {
      const json = z.toJSONSchema(schema, { io }) as Record<string, unknown>;
      expect(json.type).toBe('object');
      expect(json.additionalProperties).toBe(false);
    }
  });

  it('keeps formats and descriptions for the OpenAPI document', () => {
    const json = z.toJSONSchema(domain.RecordClaimBodySchema, { io: 'input' }) as any;
    expect(json.properties.claimedAt).toMatchObject({ type: 'string', format: 'date-time' });
    expect(json.properties.sourceId).toMatchObject({ type: 'string', format: 'uuid' });
    expect(json.properties.credibility.anyOf[0]).toMatchObject({ type: 'integer', minimum: 1, maximum: 6 });
    expect(json.required.sort()).toEqual(['channel', 'claimedAt', 'group', 'sourceId']);
    expect(json.description).toMatch(/claim/i);
  });

  it('lower-cases client ids so stream ids match', () => {
    expect(domain.uuidSchema.parse('3F2B8C1E-5A4D-4E7F-9B21-0C6D8E9F1A2B')).toBe(
      '3f2b8c1e-5a4d-4e7f-9b21-0c6d8e9f1a2b',
    );
  });

  it('rejects non-finite and oversized numbers', () => {
    expect(domain.countSchema.safeParse(Infinity).success).toBe(false);
    expect(domain.countSchema.safeParse(1e9).success).toBe(false);
  });
});
