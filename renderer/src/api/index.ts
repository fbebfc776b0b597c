export { call, configureClient, subscribeToEvents, transportKind, setTransport } from './client';
export type { ClientSessionHooks } from './client';
export { DeskApiError, isDeskApiError, messageOf, NETWORK_ERROR_MESSAGE } from './desk-api-error';
export type { ClientErrorCode } from './desk-api-error';
export type { Transport, EventSubscription, EventStreamState } from './transport';
export { listenToDeskEvent, dispatchDeskEvent } from './desk-events';
export { deskQuery } from './desk-query';
export { deskQueryKey, inputOfKey, methodOfKey } from './query-keys';
