import { describe, expect, it } from '@jest/globals';
import { ConflictError, NotFoundError, RuleViolation } from '../../shared/domain-errors.js';
import { claimRecorded, givenIncident, ids, reported, retracted, thrown } from '../../testing/fixtures.js';
import { decideRecordClaim, type RecordClaim } from './record-claim.decide.js';
import { RecordClaimBodySchema } from './record-claim.schema.js';

const cmd: RecordClaim = {
  incidentId: ids.incident,
  claimId: ids.claim2,
  groupId: ids.iskp,
  channel: 'statement',
  claimedAt: '2023-01-30T18:00:00+05:00',
  sourceId: ids.src2,
  spokesperson: '  ',
  credibility: 4,
};

/** A body the schema accepts as it is; the schema cases below change one thing in it. */
const goodBody = {
  group: 'TTP',
  channel: 'statement',
  claimedAt: '2023-01-30T12:00:00Z',
  sourceId: ids.src1,
  spokesperson: 'Muhammad Khurasani',
  credibility: 2,
};

describe('record-claim', () => {
  it('records a claim in UTC, noting the groups already claiming it', () => {
    const state = givenIncident(reported(), claimRecorded(ids.claim1, ids.ttp));
    expect(decideRecordClaim(state, cmd)).toEqual([
      {
        type: 'ClaimRecorded',
        data: {
          claimId: ids.claim2,
          groupId: ids.iskp,
          channel: 'statement',
          claimedAt: '2023-01-30T13:00:00.000Z',
          spokesperson: null,
          spokespersonId: null,
          citation: null,
          sourceId: ids.src2,
          credibility: 4,
          competingGroupIds: [ids.ttp],
        },
      },
    ]);
  });

  it('an uncontested claim has no competing groups (retracted ones do not compete)', () => {
    const state = givenIncident(reported(), claimRecorded(ids.claim1, ids.ttp), retracted(ids.claim1, ids.ttp));
    expect(decideRecordClaim(state, cmd)[0].data).toMatchObject({ competingGroupIds: [] });
  });

  it('a group with an active claim gets a conflict pointing at that claim', () => {
    const state = givenIncident(reported(), claimRecorded(ids.claim1, ids.ttp));
    const error = thrown(() => decideRecordClaim(state, { ...cmd, groupId: ids.ttp }));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe('claim_exists');
    expect(error.details).toMatchObject({ claimId: ids.claim1 });
    expect(error.message).toMatch(/add the source to that claim/);
  });

  it('a group whose claim was retracted may claim again', () => {
    const state = givenIncident(reported(), claimRecorded(ids.claim1, ids.ttp), retracted(ids.claim1, ids.ttp));
    expect(decideRecordClaim(state, { ...cmd, groupId: ids.ttp })[0].data).toMatchObject({
      claimId: ids.claim2,
      groupId: ids.ttp,
    });
  });

  it('claimedAt before the incident could have happened violates claimedAt', () => {
    const error = thrown(() =>
      decideRecordClaim(givenIncident(reported()), { ...cmd, claimedAt: '2023-01-29T23:59:59Z' }),
    );
    expect(error).toBeInstanceOf(RuleViolation);
    expect(error.path).toBe('claimedAt');
  });

  it('compares against the start of a month-precision incident', () => {
    const month = reported({
      occurredAt: {
        value: '2023-01',
        precision: 'month',
        earliest: '2023-01-01T00:00:00.000Z',
        latest: '2023-01-31T23:59:59.999Z',
      },
    });
    expect(decideRecordClaim(givenIncident(month), { ...cmd, claimedAt: '2023-01-02T00:00:00Z' })).toHaveLength(1);
  });

  it('a duplicate incident refuses new claims', () => {
    const state = givenIncident(reported(), {
      type: 'IncidentMarkedDuplicate',
      data: { duplicateOf: ids.other, reason: null },
    });
    const error = thrown(() => decideRecordClaim(state, cmd));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe('incident_duplicate');
  });

  it('credibility outside 1..6 violates credibility', () => {
    expect(thrown(() => decideRecordClaim(givenIncident(reported()), { ...cmd, credibility: 7 })).path).toBe(
      'credibility',
    );
  });

  it('an unknown incident is not found', () => {
    const error = thrown(() => decideRecordClaim(null, cmd));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.what).toBe('incident');
  });

  describe('citation and spokesperson', () => {
    const citation = { url: 'https://example.org/news/1', quote: 'We claim this attack', language: 'ps-AF' };

    it('stores the citation with absent fields null, and the spokesperson id beside the free text', () => {
      const [event] = decideRecordClaim(givenIncident(reported()), {
        ...cmd,
        spokesperson: 'Muhammad Khurasani',
        spokespersonId: ids.other,
        citation,
      });
      expect(event.data).toMatchObject({
        spokesperson: 'Muhammad Khurasani',
        spokespersonId: ids.other,
        citation: { ...citation, headline: null, publishedAt: null, archiveUrl: null },
      });
    });

    it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org/file'])(
      'a %s URL violates citation.url',
      (url) => {
        const error = thrown(() => decideRecordClaim(givenIncident(reported()), { ...cmd, citation: { url } }));
        expect(error).toBeInstanceOf(RuleViolation);
        expect(error.path).toBe('citation.url');
      },
    );

    it('a non-http archiveUrl violates citation.archiveUrl', () => {
      const bad = { ...citation, archiveUrl: 'javascript:void(0)' };
      expect(thrown(() => decideRecordClaim(givenIncident(reported()), { ...cmd, citation: bad })).path).toBe(
        'citation.archiveUrl',
      );
    });

    it('a quote over 2,000 characters violates citation.quote; 2,000 is fine', () => {
      const at = (quote: string) => () =>
        decideRecordClaim(givenIncident(reported()), { ...cmd, citation: { ...citation, quote } });
      expect(thrown(at('q'.repeat(2001))).path).toBe('citation.quote');
      expect(at('q'.repeat(2000))()).toHaveLength(1);
    });

    it('a malformed language tag violates citation.language', () => {
      for (const language of ['english', 'e', 'en_US', 'ps-']) {
        const error = thrown(() =>
          decideRecordClaim(givenIncident(reported()), { ...cmd, citation: { ...citation, language } }),
        );
        expect({ language, path: error.path }).toEqual({ language, path: 'citation.language' });
      }
    });

    it('the body schema names citation.url for a javascript: URL', () => {
      const result = RecordClaimBodySchema.safeParse({ ...goodBody, citation: { url: 'javascript:alert(1)' } });
      expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['citation.url']);
    });
  });

  describe('body schema', () => {
    it('accepts a good body', () => {
      expect(RecordClaimBodySchema.parse(goodBody)).toEqual(goodBody);
    });

    it('rejects zone-less timestamps, bad channels and credibility with their paths', () => {
      const result = RecordClaimBodySchema.safeParse({
        ...goodBody,
        channel: 'pigeon',
        claimedAt: '2023-01-30T12:00:00',
        credibility: 0,
      });
      expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['channel', 'claimedAt', 'credibility']);
    });

    it('rejects unknown fields', () => {
      expect(RecordClaimBodySchema.safeParse({ ...goodBody, groupId: 'x' }).success).toBe(false);
    });
  });
});
