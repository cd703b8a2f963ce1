// Who acts, as the StreamWriter stores it on every event's metadata. The role order and the checks
// on it live where requests are authorised (libs/http auth/roles.ts); the domain only records the
// role, and apps/api/src/http/layer-agreement.ts fails the type check if the two lists disagree.

export type Role = 'reporter' | 'analyst' | 'admin';

/** The actor stored on every event's metadata. */
export interface Actor {
  keyId: string;
  role: Role;
  name?: string;
}
