import { describe, expect, it } from 'vitest';
import { lenderOfPage } from '../../../lib/store-site/page-lender';

describe('the lender whose store pages a URL is one of', () => {
  it('is Xiaomi on mi.com and every subdomain of it, the hosts its adapter matches', () => {
    expect(lenderOfPage('https://jr.mi.com/installment/bill')).toBe('xiaomi');
    expect(lenderOfPage('https://www.mi.com/x')).toBe('xiaomi');
    expect(lenderOfPage('http://mi.com/')).toBe('xiaomi');
  });

  it('is no one on a host that only ends in the same letters, another site, another scheme or no address', () => {
    expect(lenderOfPage('https://evilmi.com/bill')).toBeUndefined();
    expect(lenderOfPage('https://example.com/bill')).toBeUndefined();
    expect(lenderOfPage('ftp://jr.mi.com/bill')).toBeUndefined();
    expect(lenderOfPage('')).toBeUndefined();
  });
});
