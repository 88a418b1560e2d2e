import { z } from 'zod/mini';
import { canonical } from '../core/backup';
import { STAMP } from './hlc';
import { CHUNK_BYTES, RESERVED_BYTES, RESERVED_ITEMS, SYNC_QUOTA } from './limits';
import { type PlanDoc, PlanDocSchema } from './plan-registers';
import { type SettingsDoc, SettingsDocSchema } from './settings-doc';

// How the shared state lies in the browser's sync storage: one item per plan (`p:<id>`, payments
// included), the settings in one (`s`), and one small item per device (`d:<device>`). A plan over the
// per-item limit keeps its fields in `p:<id>` and its payments spread over `p:<id>:1`, `p:<id>:2`, …,
// each carrying the same generation mark, so a plan whose parts have not all arrived is read as such
// (and waited for), never as a plan with fewer payments.

export const SETTINGS_ITEM = 's';
export const planItemKey = (id: string) => `p:${id}`;
const chunkKey = (id: string, index: number) => `p:${id}:${index}`;
export const deviceItemKey = (device: string) => `d:${device}`;

const encoder = new TextEncoder();
/** What the browser counts for an item: its key and its value as JSON, in UTF-8 bytes. */
export const itemBytes = (key: string, value: unknown): number => encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;

const ChunkSchema = z.object({ g: z.string(), p: z.record(z.string(), z.unknown()), x: z.record(z.string(), z.unknown()) });
const HeadSchema = z.object({ g: z.string(), n: z.int().check(z.minimum(1), z.maximum(SYNC_QUOTA.items)) });
export const DeviceItemSchema = z.object({ a: z.string().check(z.regex(STAMP)), w: z.int() });
export type DeviceItem = z.infer<typeof DeviceItemSchema>;

/** A short mark of a plan's content: its chunks carry it, so parts of different writes never mix. */
function generationOf(doc: PlanDoc): string {
  let hash = 0x811c9dc5;
  for (const char of canonical(doc)) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash.toString(36);
}

/** The items one plan takes: itself, or a head and its payment chunks when it outgrows one item. */
export function encodePlan(doc: PlanDoc): Record<string, unknown> {
  const key = planItemKey(doc.id);
  if (itemBytes(key, doc) <= CHUNK_BYTES) return { [key]: doc };
  const g = generationOf(doc);
  const chunks: Array<{ g: string; p: Record<string, unknown>; x: Record<string, unknown> }> = [];
  let chunk = { g, p: {} as Record<string, unknown>, x: {} as Record<string, unknown> };
  let bytes = itemBytes(chunkKey(doc.id, 999), chunk);
  const entries = [
    ...Object.entries(doc.p).map(([id, v]) => ['p', id, v] as const),
    ...Object.entries(doc.x).map(([id, v]) => ['x', id, v] as const),
  ];
  for (const [kind, id, value] of entries) {
    const size = itemBytes(id, value) + 2;
    if (bytes + size > CHUNK_BYTES && (Object.keys(chunk.p).length > 0 || Object.keys(chunk.x).length > 0)) {
      chunks.push(chunk);
      chunk = { g, p: {}, x: {} };
      bytes = itemBytes(chunkKey(doc.id, 999), chunk);
    }
    chunk[kind][id] = value;
    bytes += size;
  }
  chunks.push(chunk);
  const items: Record<string, unknown> = { [key]: { ...doc, p: {}, x: {}, g, n: chunks.length } };
  chunks.forEach((part, index) => {
    items[chunkKey(doc.id, index + 1)] = part;
  });
  return items;
}

export type RemotePlan = { kind: 'doc'; doc: PlanDoc } | { kind: 'incomplete' } | { kind: 'unreadable'; error: string };
export interface RemoteArea {
  plans: Map<string, RemotePlan>;
  settings: SettingsDoc | null;
  devices: Map<string, DeviceItem>;
  bytes: number;
  items: number;
}

/** Reads everything in the sync area; what cannot be read is named, never taken for less than it is. */
export function decodeArea(raw: Record<string, unknown>): RemoteArea {
  const plans = new Map<string, RemotePlan>();
  const devices = new Map<string, DeviceItem>();
  let settings: SettingsDoc | null = null;
  let bytes = 0;
  for (const [key, value] of Object.entries(raw)) {
    bytes += itemBytes(key, value);
    if (key === SETTINGS_ITEM) settings = SettingsDocSchema.safeParse(value).data ?? null;
    else if (key.startsWith('d:')) {
      const device = DeviceItemSchema.safeParse(value);
      if (device.success) devices.set(key.slice(2), device.data);
    } else if (/^p:[^:]+$/.test(key)) plans.set(key.slice(2), readPlan(key.slice(2), value, raw));
  }
  return { plans, settings, devices, bytes, items: Object.keys(raw).length };
}

function readPlan(id: string, value: unknown, raw: Record<string, unknown>): RemotePlan {
  const head = HeadSchema.safeParse(value);
  let assembled = value;
  if (head.success) {
    const p: Record<string, unknown> = {};
    const x: Record<string, unknown> = {};
    for (let index = 1; index <= head.data.n; index++) {
      const chunk = ChunkSchema.safeParse(raw[chunkKey(id, index)]);
      if (!chunk.success || chunk.data.g !== head.data.g) return { kind: 'incomplete' };
      Object.assign(p, chunk.data.p);
      Object.assign(x, chunk.data.x);
    }
    const { g: _g, n: _n, ...doc } = value as Record<string, unknown>;
    assembled = { ...doc, p, x };
  }
  const parsed = PlanDocSchema.safeParse(assembled);
  if (!parsed.success) return { kind: 'unreadable', error: parsed.error.issues.map((issue) => issue.path.join('.')).join(', ') };
  if (parsed.data.id !== id) return { kind: 'unreadable', error: 'id' };
  return { kind: 'doc', doc: parsed.data };
}

/** The keys a plan's items may take in the area (its head and any chunks), to clear stale chunks. */
export function planKeysIn(raw: Record<string, unknown>, id: string): string[] {
  return Object.keys(raw).filter((key) => key === planItemKey(id) || key.startsWith(`${planItemKey(id)}:`));
}

export interface Fit {
  /** Plans whose items fit, in the order they were chosen. */
  fitting: string[];
  /** Plans that stay on this device only. */
  left: string[];
  bytes: number;
  items: number;
  budget: number;
}

/**
 * Which plans fit in the area, the most useful first (`ordered`): open plans before archived ones
 * before deletions. Whatever does not fit stays here, named in the status; nothing is dropped.
 */
export function fitPlans(ordered: ReadonlyArray<{ id: string; items: Record<string, unknown> }>, fixedBytes: number): Fit {
  const budget = SYNC_QUOTA.bytes - RESERVED_BYTES - fixedBytes;
  const fitting: string[] = [];
  const left: string[] = [];
  let bytes = 0;
  let items = 0;
  for (const plan of ordered) {
    const size = Object.entries(plan.items).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
    const count = Object.keys(plan.items).length;
    const eachFits = Object.entries(plan.items).every(([key, value]) => itemBytes(key, value) <= SYNC_QUOTA.bytesPerItem);
    if (eachFits && bytes + size <= budget && items + count <= SYNC_QUOTA.items - RESERVED_ITEMS) {
      fitting.push(plan.id);
      bytes += size;
      items += count;
    } else left.push(plan.id);
  }
  return { fitting, left, bytes, items, budget };
}
