import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** Production cost: N = 2^17, r = 8, p = 1 (128 MiB of memory per check, about half a second on a counter PC). */
export const PASSWORD_PARAMS: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };

const KEY_LENGTH = 32;
// Node refuses scrypt above 32 MiB by default; 2^17 x 8 needs 128 MiB (128 * N * r bytes).
const MAX_MEMORY = 256 * 1024 * 1024;

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { N: params.N, r: params.r, p: params.p, maxmem: MAX_MEMORY }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

/** The parameters a stored `scrypt$N$r$p$salt$hash` was made with; null if it is not one. */
export function storedParams(stored: string): ScryptParams | null {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return null;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  return Object.values(params).every((v) => Number.isInteger(v) && v > 0) ? params : null;
}

/**
 * Hashes and checks passwords with one cost. Each stored hash carries its own parameters, so an
 * older, cheaper hash still verifies; `isCurrent` tells the sign-in to store a new one.
 */
export class PasswordHasher {
  private dummy: Promise<string> | null = null;

  /** Tests pass cheaper parameters for speed; the desk always runs PASSWORD_PARAMS. */
  constructor(readonly params: ScryptParams = PASSWORD_PARAMS) {}

  /** `scrypt$N$r$p$salt$hash`, base64 parts. */
  async hash(password: string): Promise<string> {
    const salt = randomBytes(16);
    const key = await derive(password, salt, this.params);
    return ['scrypt', this.params.N, this.params.r, this.params.p, salt.toString('base64'), key.toString('base64')].join('$');
  }

  async verify(password: string, stored: string): Promise<boolean> {
    const params = storedParams(stored);
    if (!params) return false;
    const [, , , , salt, hash] = stored.split('$');
    const expected = Buffer.from(hash!, 'base64');
    const key = await derive(password, Buffer.from(salt!, 'base64'), params);
    return key.length === expected.length && timingSafeEqual(key, expected);
  }

  /** True when the stored hash was made with this hasher's parameters (no upgrade needed). */
  isCurrent(stored: string): boolean {
    const params = storedParams(stored);
    return params !== null && params.N === this.params.N && params.r === this.params.r && params.p === this.params.p;
  }

  /** A hash to compare against when the user does not exist, so timing does not reveal usernames. */
  dummyHash(): Promise<string> {
    this.dummy ??= this.hash('không có tài khoản này');
    return this.dummy;
  }
}
