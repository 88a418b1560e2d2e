import { browser } from 'wxt/browser';
import type { Plan, Settings } from '../core/schemas';
import {
  migrateValue,
  PLANS_SPEC,
  parseStored,
  QUARANTINE_SPEC,
  type Readable,
  SETTINGS_SPEC,
  type StorageKey,
  type ValueSpec,
} from './values';

// The one way views (popup, options) read storage: read-only, validated, and never older than the
// migration the background is about to run. A value still stored at an older version (the background
// has not migrated it yet) is migrated here in memory with the same pure migrations; nothing is written.

/** @wxt-dev/storage keeps an item's version in `<key>$` as `{ v }`; no meta means version 1. */
const metaKey = (key: string) => `${key}$`;

function storedVersion(meta: unknown): number {
  const version = (meta as { v?: unknown } | undefined)?.v;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : 1;
}

type ReadAll<S extends readonly ValueSpec<unknown>[]> = { [I in keyof S]: S[I] extends ValueSpec<infer T> ? Readable<T> : never };

/** Reads several values in one round trip, each migrated to its spec's version and validated. */
export async function readValues<const S extends readonly ValueSpec<unknown>[]>(specs: S): Promise<ReadAll<S>> {
  const keys = specs.flatMap((spec) => [spec.key, metaKey(spec.key)]);
  const raw = await browser.storage.local.get(keys);
  return specs.map((spec) => {
    const value = raw[spec.key];
    const current = value === undefined || value === null ? value : migrateValue(spec, value, storedVersion(raw[metaKey(spec.key)]));
    return parseStored(spec, current);
  }) as ReadAll<S>;
}

export interface StoredView {
  plans: Readable<Plan[]>;
  settings: Readable<Settings>;
  /** Keys of values kept aside because they failed validation. */
  quarantined: string[];
}

/** One read of everything the options page shows. */
export async function readStoredView(): Promise<StoredView> {
  const [plans, settings, quarantine] = await readValues([PLANS_SPEC, SETTINGS_SPEC, QUARANTINE_SPEC]);
  return { plans, settings, quarantined: quarantine.ok ? [...new Set(quarantine.value.map((entry) => entry.key))] : [] };
}

/** Raw values as stored, for saving an unreadable value to a file before discarding it. */
export async function readRaw(keys: readonly StorageKey[]): Promise<Record<string, unknown>> {
  return browser.storage.local.get([...keys]);
}

/** Whether anything is stored under `key`. */
export async function hasValue(key: StorageKey): Promise<boolean> {
  const value = (await browser.storage.local.get(key))[key];
  return value !== undefined && value !== null;
}

/**
 * Calls `onChange` whenever the background writes one of `keys` (or any local key when none are
 * given; a version stamp counts as its value's change). Returns the unsubscribe.
 */
export function watchValues(onChange: () => void, keys?: readonly StorageKey[]): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    if (!keys || Object.keys(changes).some((changed) => keys.some((key) => changed === key || changed === metaKey(key)))) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
