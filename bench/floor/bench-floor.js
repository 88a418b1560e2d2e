// Bench-only, plain JavaScript (no build step, so nothing is transformed on its way into the page).
// Floor: ?keys=<JSON: null or a key list>&rows=N reads that storage in one get and appends N rows with
// plain DOM, each built like a popup row (10 elements), marked data-floor-row for the bench's probe.
// Harness: window.bench sends commands in @webext-core/messaging's format and watches storage go quiet.
const changes = [];
chrome.storage.onChanged.addListener((_changes, area) => {
  if (area === 'local') changes.push(performance.now());
});

const el = (tag, text) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
};

// Commands travel as { clientId, input } since the background answers retries by id; builds before that
// took the input alone. The first command that comes back `invalid` in the envelope is sent once more
// bare, and the page keeps to whichever the background understood (nothing is applied on `invalid`).
let envelope = true;
let settled = false;

window.bench = {
  /** The one place the message shape lives (@webext-core/messaging's id, type, data, timestamp). */
  message: (type, input) => ({
    id: Math.floor(Math.random() * 1e9),
    type,
    data: envelope ? { clientId: crypto.randomUUID(), input } : input,
    timestamp: Date.now(),
  }),
  async send(type, input) {
    let start = performance.now();
    let answer = await chrome.runtime.sendMessage(window.bench.message(type, input));
    if (!settled && envelope && answer?.res?.ok === false && answer.res.error?.code === 'invalid') {
      envelope = false;
      start = performance.now();
      answer = await chrome.runtime.sendMessage(window.bench.message(type, input));
      if (answer?.res?.ok === false && answer.res.error?.code === 'invalid') envelope = true;
    }
    if (answer?.res?.ok) settled = true;
    return { ms: performance.now() - start, res: answer?.res, err: answer?.err ? String(answer.err.message ?? answer.err) : undefined };
  },
  /** Resolves once no local storage change has been seen for `windowMs` (or after `timeoutMs`); counts changes since `since`. */
  quiet(windowMs, since = performance.now(), timeoutMs = 30_000) {
    const called = performance.now();
    return new Promise((resolve) => {
      const tick = () => {
        const seen = changes.filter((at) => at >= since);
        const last = seen.length > 0 ? seen[seen.length - 1] : since;
        const now = performance.now();
        const timedOut = now - called > timeoutMs;
        if (now - last >= windowMs || timedOut) resolve({ last: seen.length > 0 ? last : null, changes: seen.length, timedOut });
        else setTimeout(tick, 25);
      };
      tick();
    });
  },
  /**
   * Sends every command at once; times the last answer, then how long after it storage kept changing.
   * Gives up after `deadlineMs` for the answers and again for the quiet, so a slow build cannot stall the bench.
   */
  async burst(commands, quietWindowMs, deadlineMs) {
    const start = performance.now();
    let lastAnswer = start;
    let ok = 0;
    let answered = 0;
    const all = Promise.all(
      commands.map(async ({ type, data }) => {
        const answer = await chrome.runtime.sendMessage(window.bench.message(type, data));
        lastAnswer = Math.max(lastAnswer, performance.now());
        answered++;
        if (answer?.res?.ok) ok++;
      }),
    );
    const late = await Promise.race([all.then(() => false), new Promise((resolve) => setTimeout(() => resolve(true), deadlineMs))]);
    if (late)
      return {
        answeredMs: performance.now() - start,
        quietMs: Number.NaN,
        changes: changes.filter((at) => at >= start).length,
        ok,
        answered,
        late,
        timedOut: false,
      };
    const quiet = await window.bench.quiet(quietWindowMs, start, deadlineMs);
    const quietMs = quiet.timedOut ? performance.now() - lastAnswer : quiet.last === null ? 0 : Math.max(0, quiet.last - lastAnswer);
    return { answeredMs: lastAnswer - start, quietMs, changes: quiet.changes, ok, answered, late, timedOut: quiet.timedOut };
  },
};

const params = new URLSearchParams(location.search);
if (params.has('rows')) {
  const rows = Number(params.get('rows'));
  chrome.storage.local.get(JSON.parse(params.get('keys') ?? 'null')).then(() => {
    const list = el('ul');
    for (let i = 0; i < rows; i++) {
      const row = el('li');
      row.setAttribute('data-floor-row', '');
      const top = el('div');
      top.append(el('span', `计划 ${i + 1}`), el('span', '¥1,072.00'));
      const meta = el('div');
      meta.append(el('span', `第 ${(i % 12) + 1}/12 期`), el('time', '1月10日 3 天后'));
      const actions = el('div');
      actions.append(el('button', '已还款'), el('button', '去还款'), el('button', '稍后提醒'));
      row.append(top, meta, actions);
      list.append(row);
    }
    document.body.append(list);
  });
}
