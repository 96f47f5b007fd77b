import { inArray } from 'drizzle-orm';
import { companies } from '../../db/schema/index';
import { getMunicipality } from '../../shared/geo/municipalities';
import {
  type ExportColumn,
  type ExportLanguage,
  type ExportValue,
  formatExportCell,
  neutraliseFormula,
  toCsv,
} from '../../shared/impact/export-format';
import { emissionFactorName, freightModeName } from '../../shared/impact/method-texts';
import { type Unit, unitLabel } from '../../shared/listings/units';
import { categoryName } from '../../shared/taxonomy/taxonomy';
import type { AppContext, SessionUser } from '../context';
import { currentOutcomes } from './outcomes';

type SignedIn = AppContext & { user: SessionUser };
export type ExportInput = { from: string; to: string; language: ExportLanguage };

const column = (key: string, sv: string, en: string, decimals?: number): ExportColumn => ({
  key,
  header: { sv, en },
  ...(decimals === undefined ? {} : { decimals }),
});

/** The outcome export's columns: the CSV and the spreadsheet have the same ones, in this order. */
export const outcomeExportColumns: readonly ExportColumn[] = [
  column('startDate', 'Startdatum', 'Start date'),
  column('category', 'Kategori', 'Category'),
  column('municipality', 'Kommun', 'Municipality'),
  column('needCompany', 'Mottagande företag (behov)', 'Receiving company (need)'),
  column('offerCompany', 'Levererande företag (erbjudande)', 'Supplying company (offer)'),
  column('type', 'Typ', 'Type'),
  column('basis', 'Hur ofta', 'How often'),
  column('quantity', 'Mängd', 'Quantity', 3),
  column('unit', 'Enhet', 'Unit'),
  column('tonnes', 'Ton', 'Tonnes', 3),
  column('hazardous', 'Farligt avfall', 'Hazardous waste'),
  column('hours', 'Timmar', 'Hours', 1),
  column('valueSek', 'Värde (kr)', 'Value (SEK)', 0),
  column('distanceKm', 'Avstånd (km)', 'Distance (km)', 1),
  column('transportMode', 'Transport', 'Transport'),
  column('avoidedKgCo2e', 'Undvikna utsläpp (kg CO2e)', 'Emissions avoided (kg CO2e)', 0),
  column('transportKgCo2e', 'Transportutsläpp (kg CO2e)', 'Transport emissions (kg CO2e)', 0),
  column('netKgCo2e', 'Netto undvikna utsläpp (kg CO2e)', 'Net emissions avoided (kg CO2e)', 0),
  column('status', 'Beräkning', 'Computation'),
  column('emissionFactor', 'Emissionsfaktor', 'Emission factor'),
  column('emissionFactorValue', 'Emissionsfaktor (kg CO2e/t)', 'Emission factor (kg CO2e/t)', 5),
  column('emissionFactorSet', 'Faktorkälla', 'Factor source'),
  column('freightFactorValue', 'Transportfaktor (kg CO2e/tkm)', 'Freight factor (kg CO2e/tkm)', 5),
  column('freightFactorSet', 'Transportfaktorkälla', 'Freight factor source'),
  column('matchId', 'Matchnings-id', 'Match id'),
  column('revision', 'Version', 'Revision'),
  column('recordedAt', 'Registrerad', 'Recorded'),
];

const words: Record<ExportLanguage, Record<string, string>> = {
  sv: {
    material: 'material',
    capacity: 'kapacitet',
    per_year: 'per år',
    one_off: 'en gång',
    truck: 'lastbil',
    none: 'ingen',
    computed: 'beräknad',
    no_factor: 'ingen emissionsfaktor',
    no_mass: 'inte en vikt',
  },
  en: {
    material: 'material',
    capacity: 'capacity',
    per_year: 'per year',
    one_off: 'one-off',
    truck: 'truck',
    none: 'none',
    computed: 'computed',
    no_factor: 'no emission factor',
    no_mass: 'not a mass',
  },
};
const word = (value: string, language: ExportLanguage) => words[language][value] ?? value;

type StoredFactors = {
  emission: { set: string; version: string; key: string; kgCo2ePerTonne: number } | null;
  freight: { set: string; version: string; mode: string; kgCo2ePerTonneKm: number } | null;
};

/** The outcomes of a period report, one row each, in the caller's language (the totals are these rows summed). */
export async function outcomeExportRows({ ctx, input }: { ctx: SignedIn; input: ExportInput }) {
  const { language } = input;
  const rows = await currentOutcomes(ctx.db, input);
  const companyIds = [...new Set(rows.flatMap((row) => [row.needCompanyId, row.offerCompanyId]))].filter(
    (id): id is string => id !== null,
  );
  const names = new Map(
    companyIds.length === 0
      ? []
      : (
          await ctx.db
            .select({ id: companies.id, name: companies.name })
            .from(companies)
            .where(inArray(companies.id, companyIds))
        ).map((company) => [company.id, company.name]),
  );
  return rows.map((row): Record<string, ExportValue> => {
    const factors = row.factors as StoredFactors;
    return {
      startDate: row.startDate,
      category: categoryName(row.categoryId, language),
      municipality: getMunicipality(row.municipalityCode)?.name ?? row.municipalityCode,
      needCompany: names.get(row.needCompanyId ?? '') ?? null,
      offerCompany: names.get(row.offerCompanyId ?? '') ?? null,
      type: word(row.type, language),
      basis: word(row.basis, language),
      quantity: row.quantity,
      unit: unitLabel(row.unit as Unit, language) ?? row.unit,
      tonnes: row.tonnes,
      hazardous: row.hazardous,
      hours: row.hours,
      valueSek: row.valueSek,
      distanceKm: row.distanceKm,
      transportMode: word(row.transportMode, language),
      avoidedKgCo2e: row.avoidedKgCo2e,
      transportKgCo2e: row.netKgCo2e === null ? null : row.transportKgCo2e,
      netKgCo2e: row.netKgCo2e,
      status: word(row.status, language),
      emissionFactor: factors.emission ? emissionFactorName(factors.emission.key, language) : null,
      emissionFactorValue: factors.emission?.kgCo2ePerTonne ?? null,
      emissionFactorSet: factors.emission ? `${factors.emission.set}, ${factors.emission.version}` : null,
      freightFactorValue: factors.freight?.kgCo2ePerTonneKm ?? null,
      freightFactorSet: factors.freight
        ? `${freightModeName(factors.freight.mode, language)}; ${factors.freight.set}, ${factors.freight.version}`
        : null,
      matchId: row.matchId,
      revision: row.revision,
      recordedAt: row.createdAt.toISOString().slice(0, 19).replace('T', ' '),
    };
  });
}

const fileName = (input: ExportInput, extension: string) =>
  `sidestream-${input.language === 'sv' ? 'utfall' : 'outcomes'}-${input.from}-${input.to}.${extension}`;

export async function outcomesCsv({ ctx, input }: { ctx: SignedIn; input: ExportInput }) {
  const rows = await outcomeExportRows({ ctx, input });
  return { filename: fileName(input, 'csv'), csv: toCsv(outcomeExportColumns, rows, input.language) };
}

/**
 * The same table as an Excel workbook: numbers as numbers (rounded as in the CSV; the reader's Excel
 * shows its own decimal mark), text as text cells, which a spreadsheet never evaluates; text is
 * still neutralised like the CSV, so a sheet saved again as CSV stays safe. exceljs is loaded here
 * only, on the first download, so the server starts without it.
 */
export async function outcomesXlsx({ ctx, input }: { ctx: SignedIn; input: ExportInput }) {
  const rows = await outcomeExportRows({ ctx, input });
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sidestream';
  const sheet = workbook.addWorksheet(input.language === 'sv' ? 'Utfall' : 'Outcomes', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = outcomeExportColumns.map((column) => ({
    header: column.header[input.language],
    key: column.key,
    width: Math.min(40, Math.max(10, column.header[input.language].length + 2)),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(
      Object.fromEntries(
        outcomeExportColumns.map((column) => {
          const value = row[column.key] ?? null;
          if (typeof value === 'number' && Number.isFinite(value)) {
            return [column.key, Number(formatExportCell(value, column, 'en'))];
          }
          if (typeof value === 'string') return [column.key, neutraliseFormula(value)];
          return [column.key, value === null ? null : formatExportCell(value, column, input.language)];
        }),
      ),
    );
  }
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { filename: fileName(input, 'xlsx'), buffer };
}
