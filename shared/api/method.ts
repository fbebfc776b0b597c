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

export interface MethodSpec<I extends z.ZodType = z.ZodType, R = unknown, K extends MethodKind = MethodKind> {
  input: I;
  access: Access;
  /** Kept as its literal in the type, so the compiler can list the read methods (shared/api/personal-data.ts). */
  kind: K;
  /** The citizen display's token (display.open) may call it too; it may call nothing else. */
  display?: true;
  /** Phantom: carries the result type; never set at run time. */
  readonly __result?: R;
}

/** Declares a method: `method<Result>()({input, access, kind})`. */
export function method<R>() {
  return <I extends z.ZodType, K extends MethodKind>(spec: { input: I; access: Access; kind: K; display?: true }): MethodSpec<I, R, K> => spec;
}

export const ALL_ROLES: readonly Role[] = ROLES;
export const SUPERVISORS: readonly Role[] = ['supervisor', 'admin'];
export const ADMINS: readonly Role[] = ['admin'];
