import { isValidIsoDate } from '../core/day-numbers';

// The combinators of the hand-written checks (./quick-checks.ts for the popup's first load, ./plan-checks.ts
// for its computation from the plans): zod-free, so the popup's first load stays small. Each check the
// two files build from them is held to its zod schema by a property test.

export type Check = (value: unknown) => boolean;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const int: Check = (value) => Number.isSafeInteger(value);
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
