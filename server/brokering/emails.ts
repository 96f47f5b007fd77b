import type { MailMessage } from '../mail/mailer';

type Language = 'sv' | 'en';

/** To a company: IUC staff suggest meeting the company behind another listing (names still hidden). */
export function introductionEmail(input: {
  to: string;
  language: Language;
  ownTitle: string;
  otherTitle: string;
  note: string;
  url: string;
}): MailMessage {
  const { to, language, ownTitle, otherTitle, note, url } = input;
  if (language === 'en') {
    return {
      to,
      subject: `Introduction: “${otherTitle}” could fit “${ownTitle}”`,
      text: `IUC staff on Sidestream think your listing “${ownTitle}” and the listing “${otherTitle}” could become a deal.\n\nTheir note:\n${note}\n\nYou see the other company’s name and contact person only when both of you have accepted. Accept or decline here:\n${url}\n`,
    };
  }
  return {
    to,
    subject: `Introduktion: ”${otherTitle}” kan passa ”${ownTitle}”`,
    text: `IUC på Sidestream tror att er annons ”${ownTitle}” och annonsen ”${otherTitle}” kan bli en affär.\n\nDeras hälsning:\n${note}\n\nNi ser det andra företagets namn och kontaktperson först när båda har tackat ja. Svara här:\n${url}\n`,
  };
}

/** To a company: both accepted, here is who the other side is. */
export function revealEmail(input: {
  to: string;
  language: Language;
  otherCompany: string;
  otherTitle: string;
  url: string;
}): MailMessage {
  const { to, language, otherCompany, otherTitle, url } = input;
  if (language === 'en') {
    return {
      to,
      subject: `You have been introduced to ${otherCompany}`,
      text: `Both sides accepted the introduction about “${otherTitle}”. The company is ${otherCompany}; their contact person and your conversation are here:\n${url}\n`,
    };
  }
  return {
    to,
    subject: `Ni är introducerade för ${otherCompany}`,
    text: `Båda har tackat ja till introduktionen om ”${otherTitle}”. Företaget är ${otherCompany}; kontaktperson och er konversation finns här:\n${url}\n`,
  };
}
