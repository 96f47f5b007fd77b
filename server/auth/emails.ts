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
  verifyEmail({ to, url, language }: { to: string; url: string; language: Language }): MailMessage {
    if (language === 'en') {
      return {
        to,
        subject: 'Confirm your email address for Sidestream',
        text: `Welcome to Sidestream! Confirm that ${to} is your address by following this link within 24 hours; it signs you in and you can finish creating your company:\n${url}\n\nIf you did not create an account, ignore this email; nothing happens without the link.\n`,
      };
    }
    return {
      to,
      subject: 'Bekräfta din e-postadress för Sidestream',
      text: `Välkommen till Sidestream! Bekräfta att ${to} är din adress genom att följa länken inom 24 timmar; den loggar in dig och du kan skapa klart ditt företag:\n${url}\n\nOm du inte har skapat något konto kan du bortse från det här mejlet; inget händer utan länken.\n`,
    };
  },
  /** To the owner of an address someone tried to sign up with: no new account was created. */
  existingAccount({ to, publicUrl, language }: { to: string; publicUrl: string; language: Language }): MailMessage {
    const signIn = `${publicUrl}/sign-in`;
    const reset = `${publicUrl}/forgot-password`;
    if (language === 'en') {
      return {
        to,
        subject: 'Someone tried to create a Sidestream account with your address',
        text: `Someone (perhaps you) tried to create a new Sidestream account for ${to}, but you already have one, so no new account was created.\n\nIf it was you, sign in here:\n${signIn}\n\nForgot your password? Choose a new one here:\n${reset}\n\nIf it was not you, you need do nothing; your account is unchanged.\n`,
      };
    }
    return {
      to,
      subject: 'Någon försökte skapa ett Sidestream-konto med din adress',
      text: `Någon (kanske du) försökte skapa ett nytt Sidestream-konto för ${to}, men du har redan ett, så inget nytt konto skapades.\n\nVar det du? Logga in här:\n${signIn}\n\nGlömt lösenordet? Välj ett nytt här:\n${reset}\n\nOm det inte var du behöver du inte göra något; ditt konto är oförändrat.\n`,
    };
  },
};
