import type { z } from 'zod';
import { StatementView } from '../get-statement/get-statement.response.js';
import { pageOf } from '../shared/responses.js';

export const ListStatementsResponse = pageOf(StatementView, 'StatementPage');
export type ListStatementsResponse = z.infer<typeof ListStatementsResponse>;
