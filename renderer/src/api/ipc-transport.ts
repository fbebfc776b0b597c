import type { DeskBridge } from './desk-bridge';
import type { Transport } from './transport';

/** Inside Electron: every call and event goes through the preload's `window.desk`. */
export function createIpcTransport(bridge: DeskBridge): Transport {
  return {
    kind: 'ipc',
    invoke: (method, input, token) => bridge.invoke(method, input, token),
    subscribe(_token, subscription) {
      subscription.onStreamState?.('connected');
      return bridge.onEvent(subscription.onEvent);
    },
  };
}
