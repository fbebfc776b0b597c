// The audit's door: what the rest of the core uses of it.
export { chainUnhashedRows } from './audit-chain';
