import { sql } from 'drizzle-orm';
import { type Database, rowsOf } from '../../db/client';
import { notifications } from '../../db/schema/index';
import type { NotificationKind } from '../../shared/alerts/schemas';

type Writer = Pick<Database, 'insert' | 'execute'>;
type Language = 'sv' | 'en';

type Notice = {
  kind: Extract<NotificationKind, 'introduction' | 'introduction_answer' | 'introduction_revealed'>;
  link: string;
  /** What the client words the notice from; only what the recipient may know. */
  params: Record<string, string>;
  /** Unique per recipient: a retried step never rings the bell twice. */
  dedupeKey: string;
};

/**
 * The stored title and body, in the recipient's language, for anything that reads them as they
 * are (the client words these kinds itself from `params`, in the language it shows).
 */
function words(notice: Notice, language: Language): { title: string; body: string } {
  const p = notice.params;
  const en = language === 'en';
  switch (notice.kind) {
    case 'introduction':
      return {
        title: en ? `Introduction: “${p.otherTitle}”` : `Introduktion: ”${p.otherTitle}”`,
        body: en
          ? `IUC suggest it for “${p.ownTitle}”. Accept or decline.`
          : `IUC föreslår den för ”${p.ownTitle}”. Tacka ja eller nej.`,
      };
    case 'introduction_answer':
      return {
        title: en
          ? `${p.companyName} ${p.answer === 'accepted' ? 'accepted' : 'declined'} the introduction`
          : `${p.companyName} ${p.answer === 'accepted' ? 'tackade ja till' : 'tackade nej till'} introduktionen`,
        body: `${p.needTitle} ↔ ${p.offerTitle}`,
      };
    case 'introduction_revealed':
      return {
        title: en ? `Both accepted: ${p.otherCompany}` : `Båda har tackat ja: ${p.otherCompany}`,
        body: p.otherTitle ?? '',
      };
  }
}

/** Rings the bell of every member of a company, in each person's language. */
export async function noticeToCompany(tx: Writer, companyId: string, notice: Notice): Promise<void> {
  const people = rowsOf<{ id: string; language: string | null }>(
    await tx.execute(sql`
      select u.id, u.language from company_members cm join "user" u on u.id = cm.user_id
      where cm.company_id = ${companyId}`),
  );
  for (const person of people) await noticeToPerson(tx, person, notice);
}

/** Rings one person's bell (the introducing broker, for answers and reveals). */
export async function noticeToUser(tx: Writer, userId: string, notice: Notice): Promise<void> {
  const [person] = rowsOf<{ id: string; language: string | null }>(
    await tx.execute(sql`select id, language from "user" where id = ${userId}`),
  );
  if (person) await noticeToPerson(tx, person, notice);
}

async function noticeToPerson(tx: Writer, person: { id: string; language: string | null }, notice: Notice) {
  const text = words(notice, person.language === 'en' ? 'en' : 'sv');
  await tx
    .insert(notifications)
    .values({
      userId: person.id,
      kind: notice.kind,
      title: text.title,
      body: text.body,
      link: notice.link,
      params: notice.params,
      dedupeKey: notice.dedupeKey,
    })
    .onConflictDoNothing();
}
