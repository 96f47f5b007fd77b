import { sql } from 'drizzle-orm';
import { type Database, rowsOf } from '../../db/client';

type SideRow = {
  id: string;
  side: 'need' | 'offer';
  type: string;
  category_id: string;
  title: string;
  description: string;
  quantity: number;
  unit: string;
  frequency: string;
  annual_quantity: number;
  quantity_dimension: string;
  available_from: string;
  available_until: string | null;
  price_model: string;
  price_sek: number | null;
  condition: string | null;
  hazardous: boolean;
  ewc_code: string | null;
  anonymous: boolean;
  status: string;
  municipality_code: string;
  company_id: string;
  company_name: string;
  contact_phone: string | null;
  contact_name: string | null;
  contact_email: string | null;
};

/**
 * One side of a match as IUC staff see it: the listing, its place, its company and the company's
 * contact person (the named contact, else an owner). Companies see the same shape with the
 * company left out until an introduction reveals it (see introductions.ts).
 */
export async function loadListingSides(db: Pick<Database, 'execute'>, listingIds: readonly string[]) {
  if (listingIds.length === 0) return new Map<string, ListingSide>();
  const rows = rowsOf<SideRow>(
    await db.execute(sql`
      select l.id, l.side, l.type, l.category_id, l.title, l.description, l.quantity, l.unit, l.frequency,
             l.annual_quantity, l.quantity_dimension, l.available_from::text, l.available_until::text, l.price_model,
             l.price_sek, l.condition, l.hazardous, l.ewc_code, l.anonymous, l.status,
             s.municipality_code, c.id as company_id, c.name as company_name, c.contact_phone,
             contact.name as contact_name, contact.email as contact_email
      from listings l
      join companies c on c.id = l.company_id
      join company_sites s on s.id = l.site_id
      left join lateral (
        select u.name, u.email from (
          select 0 as rank, u.id from "user" u where u.id = c.contact_user_id
          union all
          select 1, cm.user_id from company_members cm where cm.company_id = c.id and cm.role = 'owner'
        ) candidate join "user" u on u.id = candidate.id
        order by candidate.rank limit 1
      ) contact on true
      where l.id in (${sql.join(
        listingIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`),
  );
  return new Map(rows.map((row) => [row.id, toListingSide(row)]));
}

function toListingSide(row: SideRow) {
  return {
    id: row.id,
    side: row.side,
    type: row.type,
    categoryId: row.category_id,
    title: row.title,
    description: row.description,
    quantity: Number(row.quantity),
    unit: row.unit,
    frequency: row.frequency,
    annualQuantity: Number(row.annual_quantity),
    quantityDimension: row.quantity_dimension,
    availableFrom: row.available_from,
    availableUntil: row.available_until,
    priceModel: row.price_model,
    priceSek: row.price_sek === null ? null : Number(row.price_sek),
    condition: row.condition,
    hazardous: row.hazardous,
    ewcCode: row.ewc_code,
    anonymous: row.anonymous,
    status: row.status,
    municipalityCode: row.municipality_code,
    company: {
      id: row.company_id,
      name: row.company_name,
      contact: { name: row.contact_name, email: row.contact_email, phone: row.contact_phone },
    },
  };
}

export type ListingSide = ReturnType<typeof toListingSide>;
/** What a company is shown of the other side before both have accepted: no company, no contact. */
export type HiddenListingSide = Omit<ListingSide, 'company'> & { company: null };

export function withoutCompany(side: ListingSide): HiddenListingSide {
  return { ...side, company: null };
}

/**
 * The people a company's notices go to: its named contact, else its owners and admins.
 * Language per person, so each email is in the recipient's language.
 */
export async function companyRecipients(db: Pick<Database, 'execute'>, companyId: string) {
  return rowsOf<{ id: string; email: string; name: string; language: 'sv' | 'en' | null }>(
    await db.execute(sql`
      select u.id, u.email, u.name, u.language from "user" u
      join companies c on c.id = ${companyId}
      where (c.contact_user_id is not null and u.id = c.contact_user_id)
         or (c.contact_user_id is null and u.id in (
              select cm.user_id from company_members cm where cm.company_id = c.id and cm.role in ('owner', 'admin')))`),
  );
}
