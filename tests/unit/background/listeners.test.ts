import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { senderKind } from '../../../lib/background/listeners';

describe('senderKind: who may send which commands', () => {
  const own = fakeBrowser.runtime.id;
  const page = fakeBrowser.runtime.getURL('/popup.html');

  it('trusts the extension’s own pages', () => {
    expect(senderKind({ id: own, url: page })).toBe('extension');
    expect(senderKind({ id: own, url: fakeBrowser.runtime.getURL('/options.html'), tab: { id: 3 } as never })).toBe('extension');
  });

  it('treats our content script in a store tab as a content script, whatever the page claims', () => {
    expect(senderKind({ id: own, url: 'https://jr.mi.com/bill', tab: { id: 7 } as never })).toBe('content-script');
    // A page URL that merely contains our origin as text is still a web page.
    expect(senderKind({ id: own, url: `https://evil.example/?${page}`, tab: { id: 7 } as never })).toBe('content-script');
  });

  it('refuses anything from another extension or with no sender', () => {
    expect(senderKind({ id: 'someone-else', url: page })).toBeNull();
    expect(senderKind(undefined)).toBeNull();
  });
});
