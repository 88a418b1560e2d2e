// Every key in storage, the version of each stored value and how its version stamp is read: the
// primitives the background's items (./items.ts), the views' reader (./reader.ts and its fast paths)
// and the watcher (./watch.ts) share. Free of zod and of the polyfill, so that knowing a key costs
// nothing (the popup's first load uses it: keep it small); the values' schemas and migrations are in
// ./values.ts.

/** Every key in storage.local that is not one per plan. */
export const STORAGE_KEYS = {
  plans: 'plans',
  settings: 'settings',
  sentLog: 'sentLog',
  quarantine: 'quarantine',
  importProposal: 'importProposal',
  preImport: 'preImport',
  agenda: 'agenda',
  plansHead: 'plansHead',
  receipts: 'receipts',
} as const;
export type StorageKey = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS];

/**
 * The version each value's schema describes (./values.ts holds the migrations up to it): a value
 * stamped older is migrated, one stamped newer was written by a newer version of the extension.
 */
export const VALUE_VERSIONS = {
  plans: 3,
  settings: 1,
  sentLog: 1,
  quarantine: 1,
  importProposal: 1,
  preImport: 1,
  agenda: 1,
  plansHead: 1,
  receipts: 1,
} as const satisfies Record<StorageKey, number>;

/** Where @wxt-dev/storage keeps a value's version stamp (`{ v }`). */
export const metaKey = (key: string) => `${key}$`;

/**
 * The version a stamp says, as @wxt-dev/storage reads it before migrating (`meta?.v ?? 1`): no stamp is
 * version 1, and so is a stamp that holds no number (the library never writes one).
 */
export const storedVersion = (meta: unknown): number => {
  const version = (meta as { v?: unknown } | null | undefined)?.v;
  return typeof version === 'number' ? version : 1;
};

const PLAN_KEY_PREFIX = 'plan:';
/** One stored item per plan: a command writes only the plan it changes. */
export const planKey = (id: string) => `${PLAN_KEY_PREFIX}${id}`;
/** The plan id of a `plan:<id>` key, or null for any other key. */
export const planIdOfKey = (key: string): string | null => (key.startsWith(PLAN_KEY_PREFIX) ? key.slice(PLAN_KEY_PREFIX.length) : null);
/** The version of a plan's item (unstamped: each item is written whole, at this version). */
export const PLAN_ITEM_VERSION = 1;

/** This browser's own sync state (lib/background/sync-local.ts): never itself synced. */
export const SYNC_LOCAL = { clock: 'syncClock', settingsDoc: 'syncSettingsDoc', status: 'syncStatus', writes: 'syncWrites' } as const;
const SYNC_DOC_PREFIX = 'syncDoc:';
/** The full shared state of one plan, kept here whether or not it fits in the sync area. */
export const syncDocKey = (id: string) => `${SYNC_DOC_PREFIX}${id}`;
/** The plan id of a `syncDoc:<id>` key, or null for any other key. */
export const planIdOfSyncDocKey = (key: string): string | null =>
  key.startsWith(SYNC_DOC_PREFIX) ? key.slice(SYNC_DOC_PREFIX.length) : null;

/** Keys in storage.session (lib/background/store-page.ts): the store pages whose readings are kept. */
export const SESSION_KEYS = { storePages: 'storePages' } as const;
