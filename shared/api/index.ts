import type { z } from 'zod';
import { authMethods } from './auth';
import { usersMethods } from './users';
import { systemMethods } from './system';
import { catalogMethods } from './catalog';
import { dossiersMethods } from './dossiers';
import { syncMethods } from './sync';
import { paymentsMethods } from './payments';
import { cashMethods } from './cash';
import { attachmentsMethods } from './attachments';
import { scannersMethods } from './scanners';
import { settingsMethods } from './settings';
import { backupMethods } from './backup';
import { auditMethods } from './audit';
import { privacyMethods } from './privacy';
import { reportsMethods } from './reports';
import { logbookMethods } from './logbook';
import { displayMethods } from './display';
import { ratingsMethods } from './ratings';
import type { MethodSpec } from './method';

/** The one map of every method the desk serves, on both transports. */
export const api = {
  ...authMethods,
  ...usersMethods,
  ...systemMethods,
  ...catalogMethods,
  ...dossiersMethods,
  ...syncMethods,
  ...paymentsMethods,
  ...cashMethods,
  ...attachmentsMethods,
  ...scannersMethods,
  ...settingsMethods,
  ...backupMethods,
  ...auditMethods,
  ...privacyMethods,
  ...reportsMethods,
  ...logbookMethods,
  ...displayMethods,
  ...ratingsMethods,
} satisfies Record<string, MethodSpec>;

export type Api = typeof api;
export type MethodName = keyof Api;
export type InputOf<M extends MethodName> = z.input<Api[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Api[M]['input']>;
export type ResultOf<M extends MethodName> = Api[M] extends MethodSpec<z.ZodType, infer R> ? R : never;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(api, name);
}

export * from './errors';
export * from './method';
export type { UserView, LoginResult } from './auth';
export type { SystemInfo } from './system';
export type * from './catalog';
export type * from './dossiers';
export type * from './sync';
export type * from './payments';
export type * from './cash';
export { DEFAULT_DENOMINATIONS } from './cash';
export type * from './attachments';
export type * from './scanners';
export type * from './settings';
export type * from './backup';
export type * from './audit';
export type * from './reports';
export type * from './logbook';
export type * from './display';
export type * from './ratings';
export type * from './privacy';
export { AGENCY_ID_PATTERN } from './settings';
export type { DeskEvents, DeskEventName, DeskEvent } from './events';
