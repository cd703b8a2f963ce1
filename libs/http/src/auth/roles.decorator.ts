import { SetMetadata } from '@nestjs/common';
import type { Role } from '@app/domain';

export const ROLE_KEY = 'claimtrail:role';
export const PUBLIC_KEY = 'claimtrail:public';

/** The least role a route needs (reporter < analyst < admin). Routes without it need any valid key. */
export const RequireRole = (role: Role) => SetMetadata(ROLE_KEY, role);

/** No key needed (health, metrics, docs). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
