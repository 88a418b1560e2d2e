import type { PlanContact } from '../../lib/core/schemas';
import type { PopupT } from '../../lib/i18n/popup';

export interface ContactLink {
  href: string;
  text: string;
  /** Opens in a new tab (the lender's site), not the phone app. */
  external: boolean;
}

/**
 * The plan's customer service, as a number to call and a site to open (none when neither is known): the
 * row's contact line (./payment-row.ts) and the late-payment help's (./late-help.tsx) draw these.
 */
export function contactLinks(contact: PlanContact, t: PopupT): ContactLink[] {
  const links: ContactLink[] = [];
  if (contact.phone)
    links.push({
      href: `tel:${contact.phone.replace(/[^0-9+]/g, '')}`,
      text: t('contact.phone', { phone: contact.phone }),
      external: false,
    });
  if (contact.url) links.push({ href: contact.url, text: t('contact.web'), external: true });
  return links;
}
