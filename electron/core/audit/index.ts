// The audit's door: what the rest of the core uses of it.
export { chainUnhashedRows } from './audit-chain';
export { auditChainHead } from './audit-chain';
export type { AuditAnchor } from './audit-chain';
export type { AuditActor } from './audit-log';
export { resolveDossierRef } from './audit-query';
