import type { StoreSnapshotEntry } from '../protocol';

/** The stored plans: asked for once per page; null entries = the background could not answer. */
type Answer = 'unasked' | 'asking' | { entries: StoreSnapshotEntry[] | null };

/**
 * The user's stored plans for the page at one address. Its state: that address and where the question
 * stands. An answer that lands after the address changed (an SPA route change) belongs to the old page
 * and is dropped.
 */
export function createPagePlans(load: () => Promise<StoreSnapshotEntry[] | null>, signal: AbortSignal, address: string) {
  let answer: Answer = 'unasked';

  return {
    get address() {
      return address;
    },
    get asking() {
      return answer === 'asking';
    },
    /** A new page: what was known belongs to the old one. */
    moveTo(next: string): void {
      address = next;
      answer = 'unasked';
    },
    /** Asks again at the next `known` (the user may have changed the plans meanwhile). */
    forget(): void {
      answer = 'unasked';
    },
    /** The answer for this page; undefined while asking, and `onAnswer` runs when it lands. */
    known(onAnswer: () => void): { entries: StoreSnapshotEntry[] | null } | undefined {
      if (answer === 'unasked') {
        answer = 'asking';
        const askedFor = address;
        void load()
          .catch(() => null)
          .then((entries) => {
            if (signal.aborted || askedFor !== address) return;
            answer = { entries };
            onAnswer();
          });
      }
      return answer === 'asking' ? undefined : answer;
    },
  };
}
