// Who acts: API key roles (docs/API.md "Auth and roles"). Kept in the domain so every layer agrees on the order.

export const ROLES = ['reporter', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The actor stored on every event's metadata. */
export interface Actor {
  keyId: string;
  role: Role;
  name?: string;
}

/** Roles are ordered: reporter < analyst < admin; a role may do what every lower role may. */
export function roleAllows(role: Role, required: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(required) && ROLES.includes(role);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
