import type { Role } from '../../../shared/api';

/**
 * An account's row in `users`: what a call runs as. The router and every handler see it, so it is
 * declared here below the features; accounts/ reads and writes the table.
 */
export interface UserRow {
  id: number;
  username: string;
  full_name: string;
  role: Role;
  password_hash: string;
  disabled: 0 | 1;
  /** 1: an administrator set the password; the user must change it before anything else. */
  must_change_password: 0 | 1;
  created_at: string;
  updated_at: string;
}
