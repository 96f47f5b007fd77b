import type { MailMessage } from '../mail/mailer';

type Language = 'sv' | 'en';

export const authEmails = {
  resetPassword({ to, url, language }: { to: string; url: string; language: Language }): MailMessage {
    if (language === 'en') {
      return {
        to,
        subject: 'Reset your Sidestream password',
        text: `Someone (hopefully you) asked to reset the password for ${to} on Sidestream.\n\nChoose a new password here within one hour:\n${url}\n\nIf you did not ask for this, ignore this email; your password stays as it is.\n`,
      };
    }
    return {
      to,
      subject: 'Återställ ditt lösenord till Sidestream',
      text: `Någon (förhoppningsvis du) har bett om att återställa lösenordet för ${to} på Sidestream.\n\nVälj ett nytt lösenord här inom en timme:\n${url}\n\nOm det inte var du kan du bortse från det här mejlet; ditt lösenord är oförändrat.\n`,
    };
  },
};
