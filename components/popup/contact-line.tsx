import type { PlanContact } from '../../lib/core/schemas';
import type { PopupT } from '../../lib/i18n/popup';

/** The plan's customer service, as a number to call and a site to open; nothing when neither is known. */
export function ContactLine({ contact, t }: { contact: PlanContact; t: PopupT }) {
  if (!contact.phone && !contact.url) return null;
  return (
    <p class="contact">
      {contact.phone && <a href={`tel:${contact.phone.replace(/[^0-9+]/g, '')}`}>{t('contact.phone', { phone: contact.phone })}</a>}
      {contact.url && (
        <a href={contact.url} target="_blank" rel="noreferrer">
          {t('contact.web')}
        </a>
      )}
    </p>
  );
}
