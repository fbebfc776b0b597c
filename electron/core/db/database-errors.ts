export type DatabaseOpenErrorCode = 'DB_TOO_NEW' | 'DB_CORRUPT' | 'DB_UNREADABLE' | 'DB_WRONG_KEY';

/** A database the desk must not use, with a Vietnamese message for the officer. */
export class DatabaseOpenError extends Error {
  constructor(
    readonly code: DatabaseOpenErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}
