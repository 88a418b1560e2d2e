import type { IsoDate } from '../core/dates';
import type { Mark } from './containers';
import type { LabelHit } from './find-labels';
import type { DomChange } from './watch-dom';

// A countdown beside the amount due rewrites itself many times a second. The page scan asks this unit
// whether a change is only such noise (every field it touches reads as before), and learns which elements
// tick, so that the observer does not even queue their next changes (uBlock's rule: quiet pages cost nothing).

/** What the last full read of the page marked and read from. */
export interface ReadMarks {
  hits: readonly LabelHit[];
  zeroLimit: readonly Element[];
  /** The nodes the reading came from. */
  neighbourhood: ReadonlySet<Node>;
}

/** What the learner knows, until the next full read. */
interface TickState {
  /** What each field mark read at the last full read: a change inside a field that reads the same is noise. */
  fields: Map<Mark, string>;
  /**
   * Elements inside a field whose text changed and the field still read the same (a countdown beside the
   * amount due), with the shape of their text: while it keeps that shape, their changes are not even queued.
   */
  ticking: WeakMap<Element, string>;
  /** Each changed element's text at its last change (kept across full reads). */
  textSeen: WeakMap<Element, string>;
}

/** A ticking text's shape: a countdown keeps it from one tick to the next, a new status or amount seldom does. */
const shapeOf = (text: string) => text.replace(/\d/g, '0');
const isDigit = (code: number) => code >= 48 && code <= 57;

/** `shapeOf(text) === shape`, without building a string: it runs for every tick of the clock. */
function sameShape(text: string, shape: string): boolean {
  if (text.length !== shape.length) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== shape.charCodeAt(i) && !(isDigit(code) && shape.charCodeAt(i) === 48)) return false;
  }
  return true;
}

/** `readField` is what one field mark reads on a day, as comparable text. */
export function createTickLearning(readField: (mark: Mark, today: IsoDate) => string) {
  const state: TickState = { fields: new Map(), ticking: new WeakMap(), textSeen: new WeakMap() };

  /** Whether `element` sits in or beside a field while holding none of what the last read marked. */
  function holdsNothingRead(element: Element, read: ReadMarks): boolean {
    let inField = false;
    for (const mark of state.fields.keys()) {
      if (element.contains(mark.element)) return false;
      inField ||= (mark.element.parentElement ?? mark.element).contains(element);
    }
    return inField && !read.hits.some((hit) => element.contains(hit.element)) && !read.zeroLimit.some((notice) => element.contains(notice));
  }

  return {
    /** After a full read: what each field reads now; which elements tick is learnt anew. */
    reset(marks: readonly Mark[], today: IsoDate): void {
      state.fields = new Map(marks.filter((mark) => mark.kind === 'field').map((mark) => [mark, readField(mark, today)]));
      state.ticking = new WeakMap();
    },

    /** Whether the last full read marked any field (nothing can tick beside none). */
    get watchesFields(): boolean {
      return state.fields.size > 0;
    },

    /**
     * True when every root of `change` sits in or next to a field (never in a plan, a label or a
     * zero-limit notice) and each such field reads exactly as before: a ticking clock beside the amount due
     * costs one small field read per frame, not a read of the page.
     */
    onlyFieldNoise(change: DomChange, read: ReadMarks, today: IsoDate): boolean {
      // Something left the page (a clock's old text node): noise only if none of what we read went with it.
      if (change.removed) for (const node of read.neighbourhood) if (!node.isConnected) return false;
      const checked = new Set<Mark>();
      for (const root of change.roots) {
        let near = false;
        for (const [mark, before] of state.fields) {
          const around = mark.element.parentElement ?? mark.element;
          if (!around.contains(root)) continue;
          near = true;
          if (checked.has(mark)) continue;
          checked.add(mark);
          if (readField(mark, today) !== before) return false;
        }
        if (!near) return false;
        // Anything else of ours the root reaches (a plan, a label, a notice) needs the full read.
        for (const hit of read.hits)
          if (hit.rule.kind !== 'field' && (hit.element.contains(root) || root.contains(hit.element))) return false;
        for (const notice of read.zeroLimit) if (notice.contains(root) || root.contains(notice)) return false;
      }
      return true;
    },

    /**
     * After `change` proved to be noise: each changed element beside or inside a field, holding none of
     * what we mark, whose text is not what it was at its last change, is known to tick from now on.
     */
    learn(change: DomChange, read: ReadMarks): void {
      for (const root of change.roots) {
        const owner = root.nodeType === 1 ? (root as Element) : root.parentElement;
        if (!owner || !holdsNothingRead(owner, read)) continue;
        const text = owner.textContent ?? '';
        const before = state.textSeen.get(owner);
        state.textSeen.set(owner, text);
        if (before !== undefined && before !== text) state.ticking.set(owner, shapeOf(text));
      }
    },

    /**
     * Run in the observer callback, so cheap and without layout: true for a change of text only, in an
     * element known to tick, that left its text in the same shape (digits aside).
     */
    isTicking(record: MutationRecord): boolean {
      const owner = record.type === 'characterData' ? record.target.parentElement : (record.target as Element);
      const shape = owner ? state.ticking.get(owner) : undefined;
      if (!owner || shape === undefined) return false;
      if (record.type === 'childList') {
        const { addedNodes: added, removedNodes: removed } = record;
        for (let i = 0; i < added.length; i++) if (added[i]?.nodeType !== 3) return false;
        for (let i = 0; i < removed.length; i++) if (removed[i]?.nodeType !== 3) return false;
      } else if (record.type !== 'characterData') return false;
      return sameShape(owner.textContent ?? '', shape);
    },
  };
}
