import { z } from 'zod';

/** An optional text filter (search text, or an id, name or alias): trimmed, 1–200 characters. */
export const textParam = (description: string) => z.string().trim().min(1).max(200).optional().meta({ description });
