/** What changed since the last batch: the topmost added or edited nodes, and whether anything left. */
export interface DomChange {
  roots: Node[];
  removed: boolean;
}

export interface WatchOptions {
  signal: AbortSignal;
  /** Our own nodes (panel host, style sheet): their insertion is never a page change. */
  isOwn: (node: Node) => boolean;
  /** One call per animation frame at most; `rAF` in the page, a fake in tests. */
  schedule: (run: () => void) => void;
  onChange: (change: DomChange) => void;
  /** Records that cannot change what is read, told apart in the observer callback itself (no layout, no frame). */
  ignore?: (record: MutationRecord) => boolean;
}

function rootsOf(records: MutationRecord[], isOwn: (node: Node) => boolean): DomChange {
  const found = new Set<Node>();
  let removed = false;
  for (const record of records) {
    if (record.type === 'characterData') {
      if (record.target.parentNode) found.add(record.target.parentNode);
      continue;
    }
    for (const node of record.addedNodes) if (!isOwn(node) && node.isConnected) found.add(node);
    for (const node of record.removedNodes) if (!isOwn(node)) removed = true;
  }
  // Keep only the topmost: a node inside another queued node is scanned with it.
  const roots = [...found].filter((node) => {
    for (let up = node.parentNode; up; up = up.parentNode) if (found.has(up)) return false;
    return true;
  });
  return { roots, removed };
}

/**
 * Observes the page; the observer callback only queues records and asks for a frame. The frame turns the
 * queue into one change. Records caused by our own writes are dropped right after we make them, so our
 * work never wakes us again: when the page is quiet, nothing runs.
 */
export function watchDom(target: Node, options: WatchOptions) {
  let queue: MutationRecord[] = [];
  let pending = false;
  const wanted = (records: MutationRecord[]) => (options.ignore ? records.filter((record) => !options.ignore?.(record)) : records);

  const run = () => {
    pending = false;
    if (options.signal.aborted) return;
    const records = queue.concat(wanted(observer.takeRecords()));
    queue = [];
    const change = rootsOf(records, options.isOwn);
    if (change.roots.length > 0 || change.removed) options.onChange(change);
    dropOwnRecords();
  };

  const request = () => {
    if (pending || options.signal.aborted) return;
    pending = true;
    options.schedule(run);
  };

  // A page that rewrites a clock 100 times a second costs this callback and nothing more once the clock is known.
  const observer = new MutationObserver((records) => {
    let kept = 0;
    for (const record of records) if (!options.ignore?.(record)) kept = queue.push(record);
    if (kept > 0) request();
  });

  /** Call after writing to the page: our own records go, anything else is queued for the next frame. */
  function dropOwnRecords(): void {
    const foreign = wanted(observer.takeRecords()).filter((record) => {
      if (record.type === 'characterData') return true;
      const nodes = [...record.addedNodes, ...record.removedNodes];
      return nodes.length === 0 || !nodes.every(options.isOwn);
    });
    if (foreign.length === 0) return;
    queue.push(...foreign);
    request();
  }

  observer.observe(target, { childList: true, subtree: true, characterData: true });
  options.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return { dropOwnRecords };
}
