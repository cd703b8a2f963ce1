import { z } from 'zod';
import { PROJECTIONS } from '../../model/registry.js';

/** A projection's name, or `all`. */
export const ProjectionNameSchema = z.enum(['all', ...PROJECTIONS.map((p) => p.name)] as [string, ...string[]]);
