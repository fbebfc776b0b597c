import { queryOptions } from '@tanstack/react-query';
import type { MethodName, ResultOf } from '../../../shared/api';
import { call } from './client';
import type { DeskApiError } from './desk-api-error';
import { deskQueryKey, type InputArgs } from './query-keys';

/**
 * One API read as a TanStack Query: its key per method and input, and the call. Screens read the
 * core's state through these, so the pushes that invalidate a method's keys keep every open view
 * current (app/query-invalidation.ts).
 */
export function deskQuery<M extends MethodName>(method: M, ...args: InputArgs<M>) {
  return queryOptions<ResultOf<M>, DeskApiError>({
    queryKey: deskQueryKey(method, ...args),
    queryFn: () => call(method, ...args),
  });
}
