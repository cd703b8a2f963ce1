import type { Actor as DomainActor, CommandContext, Role as DomainRole } from '@app/domain';
import type { Actor as HttpActor, RequestContext, Role as HttpRole } from '@app/http';

// libs/http may not import the domain, so it keeps its own role list and request context. These
// lines fail the type check if the two ever drift apart (a controller passes a RequestContext to a
// command expecting a CommandContext without a cast). Nothing here runs.

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export const rolesAgree: Same<HttpRole, DomainRole> = true;
export const actorsAgree: Same<HttpActor, DomainActor> = true;
export const contextsAgree: Same<RequestContext, CommandContext> = true;
