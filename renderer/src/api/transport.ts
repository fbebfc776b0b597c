import type { ApiResponse, DeskEvent, DeskEventName } from '../../../shared/api';

/** Whether the event stream currently reaches the core (HTTP only; IPC is always connected). */
export type EventStreamState = 'connected' | 'disconnected';

export interface EventSubscription {
  onEvent: (event: DeskEvent) => void;
  onStreamState?: (state: EventStreamState) => void;
}

/** One way of reaching the core: Electron IPC or the loopback HTTP host. */
export interface Transport {
  readonly kind: 'ipc' | 'http';
  /** Answers the API's response; rejects only when the core cannot be reached. */
  invoke(method: string, input: unknown, token: string | null): Promise<ApiResponse<unknown>>;
  /** Listens to pushes for the given session; returns the unsubscribe function. */
  subscribe(token: string | null, subscription: EventSubscription): () => void;
}

/** Every event the core may push; a compile error here means a new event needs listing. */
const EVENT_NAME_SET = {
  'sync.status': true,
  'dossiers.changed': true,
  'db.integrity': true,
  'attachments.hotFolder': true,
  'display.changed': true,
} as const satisfies Record<DeskEventName, true>;

export const DESK_EVENT_NAMES = Object.keys(EVENT_NAME_SET) as DeskEventName[];
