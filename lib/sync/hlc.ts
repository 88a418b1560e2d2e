// A hybrid logical clock per device: stamps that order every change this device makes after
// everything it has seen, even when the system clock is set back (the clock never goes backwards; its
// counter carries it on). A stamp is a string that sorts in time order: physical milliseconds (9
// base-36 digits), a counter (4 digits) and the device id, so two devices never make the same stamp.

export type Hlc = string;

/** Device ids: 8 base-36 characters, made once per browser profile. */
export const DEVICE_ID = /^[0-9a-z]{8}$/;
export const STAMP = /^[0-9a-z]{9}[0-9a-z]{4}[0-9a-z]{8}$/;
const MAX_COUNTER = 36 ** 4 - 1;

export interface ClockState {
  device: string;
  /** The highest physical time seen (ms) and the counter within it. */
  wall: number;
  count: number;
}

export const stampOf = (wall: number, count: number, device: string): Hlc =>
  `${Math.max(0, Math.floor(wall)).toString(36).padStart(9, '0')}${count.toString(36).padStart(4, '0')}${device}`;

export function parseStamp(stamp: Hlc): { wall: number; count: number; device: string } {
  return { wall: Number.parseInt(stamp.slice(0, 9), 36), count: Number.parseInt(stamp.slice(9, 13), 36), device: stamp.slice(13) };
}

export const deviceOf = (stamp: Hlc): string => stamp.slice(13);
export const wallOf = (stamp: Hlc): number => Number.parseInt(stamp.slice(0, 9), 36);

/** The next stamp at physical time `now`: later than every stamp this clock made or saw. */
export function tick(clock: ClockState, now: number): { clock: ClockState; stamp: Hlc } {
  const wall = Math.max(clock.wall, Math.floor(now));
  const count = wall === clock.wall ? clock.count + 1 : 0;
  // A counter that runs out moves on to the next millisecond: still later, never a repeat.
  const next = count > MAX_COUNTER ? { wall: wall + 1, count: 0 } : { wall, count };
  return { clock: { device: clock.device, ...next }, stamp: stampOf(next.wall, next.count, clock.device) };
}

/** The clock after seeing a stamp from elsewhere: its next stamp will be later than that one. */
export function observe(clock: ClockState, stamp: Hlc): ClockState {
  const seen = parseStamp(stamp);
  if (seen.wall > clock.wall || (seen.wall === clock.wall && seen.count > clock.count)) {
    return { device: clock.device, wall: seen.wall, count: seen.count };
  }
  return clock;
}

export const maxStamp = (a: Hlc | undefined, b: Hlc | undefined): Hlc | undefined =>
  a === undefined ? b : b === undefined || a >= b ? a : b;
