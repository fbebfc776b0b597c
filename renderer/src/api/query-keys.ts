import type { QueryKey } from '@tanstack/react-query';
import type { InputOf, MethodName } from '../../../shared/api';

export type InputArgs<M extends MethodName> = undefined extends InputOf<M> ? [input?: InputOf<M>] : [input: InputOf<M>];

/** The cache key of one API read: the method's name, then its input when it has one (`['dossiers.get', {id}]`). */
export function deskQueryKey<M extends MethodName>(method: M, ...args: InputArgs<M>): QueryKey {
  return args[0] === undefined ? [method] : [method, args[0]];
}

/** The method a cached query reads (the first part of its key). */
export function methodOfKey(key: QueryKey): string {
  return typeof key[0] === 'string' ? key[0] : '';
}

/** The input a cached query of `method` was made with (the second part of its key), or undefined. */
export function inputOfKey<M extends MethodName>(key: QueryKey, _method: M): InputOf<M> | undefined {
  return key[1] as InputOf<M> | undefined;
}
