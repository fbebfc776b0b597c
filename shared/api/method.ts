import type { z } from 'zod';

export const ROLES = ['officer', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who may call a method: 'public' needs no session (sign-in, first run);
 * otherwise the list of roles whose session is accepted.
 */
export type Access = 'public' | readonly Role[];

/** read: changes nothing; write: one synchronous transaction; task: async work that manages its own transactions (network, hashing). */
export type MethodKind = 'read' | 'write' | 'task';

export interface MethodSpec<I extends z.ZodType = z.ZodType, R = unknown> {
  input: I;
  access: Access;
  kind: MethodKind;
  /** Phantom: carries the result type; never set at run time. */
  readonly __result?: R;
}

/** Declares a method: `method<Result>()({input, access, kind})`. */
export function method<R>() {
  return <I extends z.ZodType>(spec: { input: I; access: Access; kind: MethodKind }): MethodSpec<I, R> => spec;
}

export const ALL_ROLES: readonly Role[] = ROLES;
export const SUPERVISORS: readonly Role[] = ['supervisor', 'admin'];
export const ADMINS: readonly Role[] = ['admin'];
