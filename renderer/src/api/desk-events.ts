import type { DeskEvent, DeskEventName, DeskEvents } from '../../../shared/api';

type Listener<N extends DeskEventName> = (data: DeskEvents[N]) => void;

const listeners = new Map<DeskEventName, Set<Listener<DeskEventName>>>();

/** Lets any screen react to one kind of push (e.g. 'dossiers.changed'); returns the unsubscribe function. */
export function listenToDeskEvent<N extends DeskEventName>(name: N, listener: Listener<N>): () => void {
  const set = listeners.get(name) ?? new Set();
  listeners.set(name, set);
  set.add(listener as Listener<DeskEventName>);
  return () => set.delete(listener as Listener<DeskEventName>);
}

/** Hands one push from the transport to the screens listening to it. */
export function dispatchDeskEvent(event: DeskEvent): void {
  for (const listener of listeners.get(event.name) ?? []) listener(event.data);
}
