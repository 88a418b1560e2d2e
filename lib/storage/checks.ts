import { isValidIsoDate } from '../core/day-numbers';

// The combinators of the hand-written checks (./quick-checks.ts for the popup's first load, ./plan-checks.ts
// for its computation from the plans, ./plans-head.ts for the options list's first screenful): zod-free, so the popup's first load stays small. Each check the
// two files build from them is held to its zod schema by a property test.

export type Check = (value: unknown) => boolean;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const int: Check = (value) => Number.isSafeInteger(value);
/** A safe integer of at least 0: a count, or an amount in fen. */
export const count: Check = (value) => int(value) && (value as number) >= 0;
export const text: Check = (value) => typeof value === 'string';
export const bool: Check = (value) => typeof value === 'boolean';
export const oneOf =
  (options: readonly string[]): Check =>
  (value) =>
    typeof value === 'string' && options.includes(value);
export const date: Check = (value) => typeof value === 'string' && isValidIsoDate(value);
export const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined || check(value);
export const listOf =
  (item: Check): Check =>
  (value) =>
    Array.isArray(value) && value.every(item);

/**
 * Each of `fields` passes its check; with `exact`, the value has no other field either (zod would strip
 * one, so a value holding it is not accepted unchanged). The fields are listed once, not per value
 * checked, and walked by index: these checks run before the popup's rows, mostly in V8's interpreter,
 * where an iterator per loop (for…of, for…in) cost more than the checks themselves.
 */
export const shape = (fields: Record<string, Check>, exact = false): Check => {
  const keys = Object.keys(fields);
  const checks = Object.values(fields);
  const known = new Set(keys);
  return (value) => {
    if (!isRecord(value)) return false;
    if (exact) {
      const own = Object.keys(value);
      for (let i = 0; i < own.length; i++) if (!known.has(own[i] as string)) return false;
    }
    for (let i = 0; i < keys.length; i++) if (!(checks[i] as Check)(value[keys[i] as string])) return false;
    return true;
  };
};
