// The door of accounts/: what the rest of the core uses of it (lint rule core/layers).
export type { UserRow } from './users-repository';
