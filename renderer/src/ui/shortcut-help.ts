/** A keyboard shortcut as the help panel (F1) lists it; each screen declares its own. */
export interface ShortcutHelp {
  /** Keys as shown to the officer, e.g. ['Alt', '1']. */
  keys: string[];
  /** Alternative key combination, if any. */
  alternative?: string[];
  description: string;
}
