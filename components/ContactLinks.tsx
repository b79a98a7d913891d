/** The pack's contact made actionable in the dialog: write, call or read more, each only where the pack gives it. */
import type { ContactDetails } from '../rules/contact-details';
import { mailtoHref } from './note-report';
import { STRINGS } from './strings';

/** The tel: link for a phone number as written: its digits, with a leading + kept ("(555) 010-0100" → "tel:5550100100"). */
export function telHref(phone: string): string {
  return `tel:${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`;
}

export function ContactLinks({ details }: { details?: ContactDetails | undefined }) {
  if (!details) return null;
  const { email, phone, web } = details;
  return (
    <span class="contact-links">
      {email && <a href={mailtoHref(email, STRINGS.contactEmailSubject, '')}>{STRINGS.contactEmail(email)}</a>}
      {phone && <a href={telHref(phone)}>{STRINGS.contactPhone(phone)}</a>}
      {web && (
        <a href={web} target="_blank" rel="noopener noreferrer">
          {STRINGS.contactWeb}
        </a>
      )}
    </span>
  );
}
