import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { sql, type Kysely } from 'kysely';
import type { Database } from '@app/event-store';
import { KYSELY } from '@app/runtime';
import { StreamWriter, type WriteResult } from '../../infrastructure/stream-writer.js';
import { NotFoundError } from '../../shared/domain-errors.js';
import { statementStreamId } from '../../shared/event-envelope.js';
import { nameKey, personNameKey } from '../../shared/names.js';
import { evolveStatement } from '../statement.state.js';
import { RecordStatementCommand } from './record-statement.command.js';
import { decideRecordStatement } from './record-statement.decide.js';
import type { RecordStatementBody } from './record-statement.schema.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Ref {
  ref: string;
  field: string;
}

interface ResolvedRefs {
  authorPersonId: string | null;
  authorGroupId: string | null;
  about: { groupIds: string[]; personIds: string[]; incidentIds: string[] };
}

@CommandHandler(RecordStatementCommand)
export class RecordStatementHandler implements ICommandHandler<RecordStatementCommand, WriteResult> {
  constructor(
    private readonly writer: StreamWriter,
    @Inject(KYSELY) private readonly db: Kysely<Database>,
  ) {}

  async execute({ body, ctx }: RecordStatementCommand): Promise<WriteResult> {
    const refs = await this.resolve(body);
    const statementId = body.id ?? randomUUID();
    return this.writer.write({
      streamId: statementStreamId(statementId),
      evolve: evolveStatement,
      ctx,
      resultId: statementId,
      creates: true,
      decide: (s) =>
        decideRecordStatement(s, {
          statementId,
          kind: body.kind,
          madeAt: body.madeAt,
          ...refs,
          sourceId: body.sourceId,
          citation: body.citation,
          summary: body.summary,
          now: new Date(),
        }),
    });
  }

  /**
   * Every reference of the body in one round trip: the source and incidents by stream, groups by
   * id, name or alias (group_names), persons by id, name or alias (person_names). The first one
   * unknown, in the body's order, is a 422 naming its field (`author.personId`, `about.groupIds.1`).
   */
  private async resolve(body: RecordStatementBody): Promise<ResolvedRefs> {
    const groups: Ref[] = [];
    const persons: Ref[] = [];
    if (body.author?.personId != null) persons.push({ ref: body.author.personId, field: 'author.personId' });
    if (body.author?.groupId != null) groups.push({ ref: body.author.groupId, field: 'author.groupId' });
    (body.about?.groupIds ?? []).forEach((ref, i) => groups.push({ ref, field: `about.groupIds.${i}` }));
    (body.about?.personIds ?? []).forEach((ref, i) => persons.push({ ref, field: `about.personIds.${i}` }));
    const incidents = (body.about?.incidentIds ?? []).map((id, i) => ({ id, field: `about.incidentIds.${i}` }));

    const asId = (ref: string) => (UUID.test(ref.trim()) ? ref.trim().toLowerCase() : null);
    const { rows } = await sql<{
      source: boolean;
      incidents: string[];
      groups: (string | null)[];
      persons: (string | null)[];
    }>`
      select exists (select 1 from streams where stream_id = ${`source-${body.sourceId.toLowerCase()}`}) as source,
             array(select stream_id from streams
                    where stream_id = any(${incidents.map((x) => `incident-${x.id.toLowerCase()}`)}::text[]))
               as incidents,
             array(select (select n.group_id::text from group_names n
                            where n.group_id = r.id or n.name_key = r.key
                            order by n.group_id = r.id desc nulls last limit 1)
                     from unnest(${groups.map((g) => asId(g.ref))}::uuid[],
                                 ${groups.map((g) => nameKey(g.ref))}::text[])
                          with ordinality as r(id, key, i)
                    order by r.i) as groups,
             array(select (select n.person_id::text from person_names n
                            where n.person_id = r.id or n.name_key = r.key
                            order by n.person_id = r.id desc nulls last limit 1)
                     from unnest(${persons.map((p) => asId(p.ref))}::uuid[],
                                 ${persons.map((p) => personNameKey(p.ref))}::text[])
                          with ordinality as r(id, key, i)
                    order by r.i) as persons`.execute(this.db);
    const row = rows[0];

    if (!row.source) throw new NotFoundError('source', body.sourceId, 'sourceId');
    const groupIds = groups.map((g, i) => {
      const id = row.groups[i];
      if (!id) throw new NotFoundError('group', g.ref.trim(), g.field);
      return id;
    });
    const personIds = persons.map((p, i) => {
      const id = row.persons[i];
      if (!id) throw new NotFoundError('person', p.ref.trim(), p.field);
      return id;
    });
    const found = new Set(row.incidents);
    const missing = incidents.find((x) => !found.has(`incident-${x.id.toLowerCase()}`));
    if (missing) throw new NotFoundError('incident', missing.id, missing.field);

    const hasAuthorPerson = body.author?.personId != null;
    const hasAuthorGroup = body.author?.groupId != null;
    return {
      authorPersonId: hasAuthorPerson ? personIds[0] : null,
      authorGroupId: hasAuthorGroup ? groupIds[0] : null,
      about: {
        groupIds: groupIds.slice(hasAuthorGroup ? 1 : 0),
        personIds: personIds.slice(hasAuthorPerson ? 1 : 0),
        incidentIds: incidents.map((x) => x.id.toLowerCase()),
      },
    };
  }
}
