import type { MailMessage } from '../mail/mailer';

const roleNames = {
  sv: { owner: 'ägare', admin: 'administratör', member: 'medlem' },
  en: { owner: 'owner', admin: 'admin', member: 'member' },
} as const;

export function invitationEmail(input: {
  to: string;
  url: string;
  companyName: string;
  inviterName: string;
  role: 'owner' | 'admin' | 'member';
  expiresAt: Date;
  language: 'sv' | 'en';
}): MailMessage {
  const { to, url, companyName, inviterName, role, expiresAt, language } = input;
  const until = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', {
    dateStyle: 'long',
    timeZone: 'Europe/Stockholm',
  }).format(expiresAt);
  if (language === 'en') {
    return {
      to,
      subject: `${inviterName} invites you to ${companyName} on Sidestream`,
      text: `${inviterName} has invited you to join ${companyName} on Sidestream as ${roleNames.en[role]}.\n\nAccept the invitation here (valid until ${until}):\n${url}\n\nSidestream matches by-products, surplus capacity and circularity needs between companies in the Stockholm region.\n`,
    };
  }
  return {
    to,
    subject: `${inviterName} bjuder in dig till ${companyName} på Sidestream`,
    text: `${inviterName} har bjudit in dig till ${companyName} på Sidestream som ${roleNames.sv[role]}.\n\nTa emot inbjudan här (giltig till ${until}):\n${url}\n\nSidestream matchar restmaterial, ledig kapacitet och cirkulära behov mellan företag i Stockholmsregionen.\n`,
  };
}
