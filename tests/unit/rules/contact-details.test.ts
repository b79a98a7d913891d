/** The pack's contact details become links in the dialog: only plain addresses, https pages and phone numbers get through. */
import { describe, expect, it } from 'vitest';
import { telHref } from '../../../components/ContactLinks';
import { ContactDetails } from '../../../rules/contact-details';

const ok = (value: unknown) => ContactDetails.safeParse(value).success;

describe('contact details', () => {
  it('takes an e-mail address, a phone number and an https page, each optional', () => {
    expect(ok({ email: 'socialmedia@your-city.example', phone: '(555) 010-0100', web: 'https://your-city.example/social-media' })).toBe(true);
    expect(ok({ phone: '+1 555 010 0100' })).toBe(true);
    expect(ok({})).toBe(false);
  });

  it('refuses what would make a harmful or broken link', () => {
    for (const web of ['javascript:alert(1)', 'http://your-city.example/', 'https://localhost/', 'data:text/html,hi', 'https://your-city.example/\u202Egnp', '<a href=x>']) expect(ok({ web }), web).toBe(false);
    for (const email of ['not an address', 'a@b', 'x@y.example?cc=z@w.example', 'a@b.example\nBcc: c@d.example']) expect(ok({ email }), email).toBe(false);
    for (const phone of ['call me', '123', '555-0100;ext', 'tel:5550100100']) expect(ok({ phone }), phone).toBe(false);
    expect(ok({ email: 'a@b.example', fax: '555' })).toBe(false);
  });

  it('dials digits only, keeping a leading +', () => {
    expect(telHref('(555) 010-0100')).toBe('tel:5550100100');
    expect(telHref('+1 555.010.0100')).toBe('tel:+15550100100');
  });
});
