import type { Terms } from '../core/schemas';

// What the sync adapter reports to the settings page (zod-free: the page imports only types).

export type SyncState = 'off' | 'ok' | 'waiting' | 'partial' | 'error' | 'paused';

export interface SyncConflictView {
  planId: string;
  title: string;
  /** The amounts differ (else another of the terms). */
  amount: boolean;
  /** The applied value first. */
  values: Terms[];
}

export interface SyncStatus {
  state: SyncState;
  /** When the last pass ran. */
  at: number;
  /** Plans in the shared state and how many of them are in the sync area. */
  synced: number;
  total: number;
  /** Plans kept on this browser only: the sync area has no room for them. */
  left: Array<{ id: string; title: string }>;
  bytes: number;
  budget: number;
  /** An i18n key saying what went wrong (quota, unreadable data). */
  error?: string;
  /** Items in the sync area this version cannot read (left as they are). */
  unreadable: number;
  /** Plans whose parts are still arriving. */
  incomplete: number;
  conflicts: SyncConflictView[];
  /** When writes resume, if the write budget holds them back. */
  nextWriteAt?: number;
}

/** What turning sync on would do, before anything is written: like the backup import's preview. */
export interface SyncPreview {
  /** Plans and whether settings are in the sync area already (another browser shares there). */
  remotePlans: number;
  remoteSettings: boolean;
  /** Plans that will be added to, changed on, or removed from this browser. */
  addedHere: string[];
  changedHere: string[];
  removedHere: string[];
  /** Payments from the other browsers that will be recorded here. */
  paymentsHere: number;
  /** Plans of this browser the others do not have yet. */
  addedThere: string[];
  settingsChangeHere: boolean;
  conflicts: SyncConflictView[];
  fits: { synced: number; total: number; left: string[] };
}
