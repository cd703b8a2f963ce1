import { groupsProjection, sourcesProjection } from './groups.projection.js';
import { incidentsProjection } from './incidents.projection.js';
import { personsProjection } from './persons.projection.js';
import type { Projection } from './projection.js';
import { statementsProjection } from './statements.projection.js';

export const PROJECTIONS: readonly Projection[] = [
  incidentsProjection,
  groupsProjection,
  sourcesProjection,
  personsProjection,
  statementsProjection,
];

export function projectionNamed(name: string): Projection | undefined {
  return PROJECTIONS.find((p) => p.name === name);
}
