/** Pushes from the core to every window (IPC) or browser tab (server-sent events). */
export interface DeskEvents {
  'sync.status': { online: boolean; pending: number; rejected: number; conflicts: number; lastSuccessAt: string | null; clockSkewSeconds: number | null; restorePending?: boolean };
  'dossiers.changed': { ids: string[] };
  'db.integrity': { ok: boolean; message: string };
  /** The hot folder's offers changed (a scanned file arrived, was taken or refused). */
  'attachments.hotFolder': { offers: number };
  /** What a citizen display shows may have changed: it asks display.state (no personal data here). */
  'display.changed': { revision: number };
}
export type DeskEventName = keyof DeskEvents;
export interface DeskEvent<N extends DeskEventName = DeskEventName> {
  name: N;
  data: DeskEvents[N];
}
