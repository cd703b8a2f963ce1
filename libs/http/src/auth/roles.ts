// Who calls: API-key roles (docs/API.md "Auth and roles") and their order, which only requests are
// checked against. libs/http sits below the domain and may not import it; the domain names the same
// roles on the actors it records, and apps/api/src/http/layer-agreement.ts fails the type check if
// the two ever disagree.

export const ROLES = ['reporter', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The authenticated caller, as the AuthGuard attaches it to the request. */
export interface Actor {
  keyId: string;
  role: Role;
  name?: string;
}

/** Roles are ordered: reporter < analyst < admin; a role may do what every lower role may. */
export function roleAllows(role: Role, required: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(required) && ROLES.includes(role);
}

/** An API key as stored (never the secret: only its hash is kept). */
export interface StoredKey {
  id: string;
  name: string;
  role: Role;
  revokedAt: Date | null;
}
