import type { InputOf, MethodName, ResultOf } from '../../../shared/api';
import { DeskApiError } from './desk-api-error';
import { findDeskBridge } from './desk-bridge';
import { createHttpTransport } from './http-transport';
import { createIpcTransport } from './ipc-transport';
import type { EventSubscription, Transport } from './transport';

/** What the client needs from the app: the current session and what to do when it ends. */
export interface ClientSessionHooks {
  getToken: () => string | null;
  /** A call made with a session answered UNAUTHENTICATED: expired, locked after idle time, or signed out elsewhere. */
  onSessionEnded: (message: string) => void;
  /** The core answered (true) or could not be reached (false). */
  onReachability?: (reachable: boolean) => void;
}

let transport: Transport | null = null;
let hooks: ClientSessionHooks = { getToken: () => null, onSessionEnded: () => {} };

function currentTransport(): Transport {
  if (!transport) {
    const bridge = findDeskBridge();
    transport = bridge ? createIpcTransport(bridge) : createHttpTransport();
  }
  return transport;
}

export function configureClient(next: ClientSessionHooks): void {
  hooks = next;
}

/** For tests or special setups: use this transport instead of the detected one. */
export function setTransport(next: Transport): void {
  transport = next;
}

export function transportKind(): Transport['kind'] {
  return currentTransport().kind;
}

/**
 * Calls one API method with the current session.
 * Resolves with the method's result; throws a DeskApiError with the server's Vietnamese message.
 */
export async function call<M extends MethodName>(method: M, ...args: undefined extends InputOf<M> ? [input?: InputOf<M>] : [input: InputOf<M>]): Promise<ResultOf<M>> {
  const token = hooks.getToken();
  let response;
  try {
    response = await currentTransport().invoke(method, args[0] ?? {}, token);
  } catch {
    hooks.onReachability?.(false);
    throw DeskApiError.network();
  }
  hooks.onReachability?.(true);
  if (response.ok) return response.value as ResultOf<M>;
  const error = DeskApiError.fromApiError(response.error);
  if (error.code === 'UNAUTHENTICATED' && token !== null) hooks.onSessionEnded(error.message);
  throw error;
}

/** Listens to the core's pushes for the current session; returns the unsubscribe function. */
export function subscribeToEvents(subscription: EventSubscription): () => void {
  return currentTransport().subscribe(hooks.getToken(), subscription);
}
