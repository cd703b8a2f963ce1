import { PROJECTION_NAMES } from '@app/config';
import { evolveGroup, evolveSource, type GroupState, type SourceState } from '@app/domain';
import { foldingProjection } from './projection.js';

export const groupsProjection = foldingProjection<GroupState>({
  name: PROJECTION_NAMES.groups,
  streamType: 'group',
  evolve: evolveGroup,
  main: {
    table: 'rm_groups',
    key: 'group_id',
    columns: [
      ['group_id', 'uuid'],
      ['name', 'text'],
      ['aliases', 'text[]'],
      ['kind', 'text'],
      ['search', 'text'],
    ],
    row: (s) => ({
      group_id: s.id,
      name: s.name,
      aliases: s.aliases.map((a) => a.alias),
      kind: s.kind,
      search: [s.name, ...s.aliases.map((a) => a.alias)].join('\n').toLowerCase(),
    }),
  },
});

export const sourcesProjection = foldingProjection<SourceState>({
  name: PROJECTION_NAMES.sources,
  streamType: 'source',
  evolve: evolveSource,
  main: {
    table: 'rm_sources',
    key: 'source_id',
    columns: [
      ['source_id', 'uuid'],
      ['name', 'text'],
      ['kind', 'text'],
      ['reliability', 'text'],
    ],
    row: (s) => ({
      source_id: s.id,
      name: s.name,
      kind: s.kind,
      reliability: s.reliability,
    }),
  },
});
