import { categoryName, type Language } from '../taxonomy/taxonomy';
import type { MatchFactor, MatchScore } from './score';

/** Whose listing the explanation is read from: "your yearly need" on a need, "your yearly volume" on an offer. */
export type Perspective = 'need' | 'offer';

/**
 * Who reads it: a company reads about its own listing ("ert årsbehov"); IUC staff read about both
 * firms from outside ("behovets årsbehov"). The wording changes, never the score.
 */
export type Reader = 'company' | 'broker';

const locales: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** "14 km", "20,1 km": Intl for the language, a no-break space so the unit stays with the figure. */
function kmText(km: number, lang: Language): string {
  const digits = Math.abs(km) < 100 ? 1 : 0;
  return `${new Intl.NumberFormat(locales[lang], { maximumFractionDigits: digits }).format(km)}\u00a0km`;
}

/** "80 %" in Swedish, "80%" in English. */
function percentFigure(percent: number, lang: Language): string {
  return new Intl.NumberFormat(locales[lang], { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}

const texts = {
  sv: {
    same: (name: string) => `samma kategori (${name})`,
    substitute: (name: string) => `kan ersätta (${name})`,
    sibling: (name: string) => `närliggande kategori (${name})`,
    km: (km: number) => (km < 1 ? 'under 1 km bort' : `${kmText(km, 'sv')} bort`),
    coverage: (percent: string | null, reader: Reader) =>
      `täcker ${percent === null ? 'hela' : `${percent} av`} ${reader === 'broker' ? 'behovets' : 'ert'} årsbehov`,
    uptake: (percent: string | null, reader: Reader) =>
      `tar emot ${percent === null ? 'hela' : `${percent} av`} ${reader === 'broker' ? 'erbjudandets' : 'er'} årsvolym`,
    about: (percent: number) => `ungefär ${percentFigure(percent, 'sv')}`,
    kmUnder: (km: number) => `under ${km} km bort`,
    now: 'tillgänglig nu',
    from: (month: string) => `tillgänglig från ${month}`,
    oneOff: 'ett engångsparti mot ett återkommande behov',
  },
  en: {
    same: (name: string) => `same category (${name})`,
    substitute: (name: string) => `can replace it (${name})`,
    sibling: (name: string) => `related category (${name})`,
    km: (km: number) => (km < 1 ? 'less than 1 km apart' : `${kmText(km, 'en')} apart`),
    coverage: (percent: string | null, reader: Reader) =>
      `covers ${percent ?? 'all'} of ${reader === 'broker' ? 'the need’s yearly quantity' : 'your yearly need'}`,
    uptake: (percent: string | null, reader: Reader) =>
      `takes ${percent ?? 'all'} of ${reader === 'broker' ? 'the offer’s' : 'your'} yearly volume`,
    about: (percent: number) => `about ${percentFigure(percent, 'en')}`,
    kmUnder: (km: number) => `less than ${km} km apart`,
    now: 'available now',
    from: (month: string) => `available from ${month}`,
    oneOff: 'a one-off lot for a recurring need',
  },
} as const;

function byName(score: MatchScore, name: MatchFactor['name']): MatchFactor | undefined {
  return score.factors.find((factor) => factor.name === name);
}

/** "about 80 %", or null for all of it (each language words "all" its own way). */
function percentText(percent: number, lang: Language): string | null {
  if (percent >= 100) return null;
  // "about 80 %": a figure from annual estimates is not exact to the percent.
  return texts[lang].about(percent >= 10 ? Math.round(percent / 10) * 10 : Math.max(1, percent));
}

function monthText(isoDate: string, lang: Language, now: Date): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  const sameYear = date.getUTCFullYear() === now.getUTCFullYear();
  return new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  }).format(date);
}

/**
 * The score in words a production manager reads at a glance, e.g.
 * "87 · same category (Aluminium swarf) · 14 km apart · covers about 80% of your yearly need · available from March".
 * Factors the listings said nothing about are left out rather than guessed. The reader only picks the words.
 */
export function explainMatch(
  score: MatchScore,
  perspective: Perspective,
  lang: Language,
  now: Date,
  reader: Reader = 'company',
): string {
  const t = texts[lang];
  const parts: string[] = [String(score.score)];
  const category = byName(score, 'category');
  const fit = category?.detail.fit;
  if (category && (fit === 'same' || fit === 'substitute' || fit === 'sibling')) {
    parts.push(t[fit](categoryName(String(category.detail.categoryId), lang)));
  }
  const distance = byName(score, 'distance');
  if (distance && !distance.neutral && typeof distance.detail.km === 'number') {
    // 'under': the distance to an anonymous site, rounded so that it does not locate the site.
    parts.push(distance.detail.rounded === 'under' ? t.kmUnder(distance.detail.km) : t.km(distance.detail.km));
  }
  const quantity = byName(score, 'quantity');
  if (quantity && !quantity.neutral) {
    const percent = perspective === 'need' ? quantity.detail.coveragePercent : quantity.detail.uptakePercent;
    if (typeof percent === 'number') {
      parts.push(
        perspective === 'need'
          ? t.coverage(percentText(percent, lang), reader)
          : t.uptake(percentText(percent, lang), reader),
      );
    }
  }
  const timing = byName(score, 'timing');
  if (timing && typeof timing.detail.daysUntil === 'number') {
    parts.push(timing.detail.daysUntil <= 30 ? t.now : t.from(monthText(String(timing.detail.from), lang, now)));
  }
  const frequency = byName(score, 'frequency');
  if (frequency && frequency.detail.offer === 'once' && frequency.detail.need !== 'once') parts.push(t.oneOff);
  return parts.join(' · ');
}
