/** The frame's size on the page: fixed, so its size says nothing of what it shows. */
const WIDTH = '320px';
const HEIGHTS = { open: 'min(380px, calc(100vh - 32px))', folded: '46px' };

/**
 * The panel's frame on the store page: an extension page the page can see is there but can neither
 * read nor script (another origin). It takes one kind of message, and only from that page: the layout
 * the user picked in it (checked by source window and origin, so the page cannot fold or close it for
 * them; it could only remove the element, as it can anything in its DOM). `origins`: the extension's
 * own, and the frame's address's (Chrome's dynamic address differs from the document's origin).
 */
export function createPanelFrame(doc: Document, src: string, title: string, signal: AbortSignal, origins: readonly string[]) {
  let iframe: HTMLIFrameElement | null = null;
  let closed = false;

  const setHeight = (height: string) => iframe?.style.setProperty('height', height, 'important');

  function create(): HTMLIFrameElement {
    const frame = doc.createElement('iframe');
    frame.src = src;
    frame.title = title;
    // Set through the CSSOM: allowed under any Content-Security-Policy, and !important against the page's sheets.
    const style: Record<string, string> = {
      all: 'initial',
      position: 'fixed',
      right: '16px',
      bottom: '16px',
      width: WIDTH,
      height: HEIGHTS.open,
      border: '0',
      'border-radius': '10px',
      'box-shadow': '0 6px 24px #0003',
      'z-index': '2147483646',
      'color-scheme': 'normal',
      display: 'block',
      visibility: 'visible',
    };
    for (const [name, value] of Object.entries(style)) frame.style.setProperty(name, value, 'important');
    return frame;
  }

  doc.defaultView?.addEventListener(
    'message',
    (event) => {
      if (!iframe || event.source !== iframe.contentWindow || !origins.includes(event.origin)) return;
      const layout = (event.data as { repayPanel?: unknown } | null)?.repayPanel;
      if (layout === 'closed') {
        closed = true;
        remove();
      } else if (layout === 'open' || layout === 'folded') setHeight(HEIGHTS[layout]);
    },
    { signal },
  );

  /** Shows the frame at `address` (the same page, a new fragment: it asks for the new reading). */
  function show(address: string): void {
    if (closed) return;
    iframe ??= create();
    if (iframe.src !== address) iframe.src = address;
    if (!iframe.isConnected) doc.documentElement.append(iframe);
  }

  function remove(): void {
    iframe?.remove();
  }

  return { show, remove, isOwn: (node: Node) => node === iframe };
}
