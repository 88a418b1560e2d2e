// The browser's sync storage limits (chrome.storage.sync; Firefox's are the same or looser) and how
// far below them this extension stays.

export const SYNC_QUOTA = {
  bytes: 102_400,
  bytesPerItem: 8_192,
  items: 512,
  writesPerMinute: 120,
  writesPerHour: 1_800,
} as const;

/** Room kept free: the settings, every device's acknowledgement and a margin for what the browser counts. */
export const RESERVED_BYTES = 4_096;
export const RESERVED_ITEMS = 32;
/** A plan item is split below the per-item limit, with room for its key and chunk bookkeeping. */
export const CHUNK_BYTES = 7_600;
/** Half the browser's rates, and writes at least this far apart so that a burst of changes is one write. */
export const WRITE_BUDGET = { perMinute: 60, perHour: 900, spacingMs: 2_000 } as const;
