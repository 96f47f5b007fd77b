// Swedish Standard Industrial Classification (SNI 2007, SCB), which follows NACE Rev. 2.
// Swedish names are SCB's; English names are the NACE Rev. 2 titles.

export interface SniSection {
  code: string;
  sv: string;
  en: string;
}

export const sniSections: readonly SniSection[] = [
  { code: 'A', sv: 'Jordbruk, skogsbruk och fiske', en: 'Agriculture, forestry and fishing' },
  { code: 'B', sv: 'Utvinning av mineral', en: 'Mining and quarrying' },
  { code: 'C', sv: 'Tillverkning', en: 'Manufacturing' },
  {
    code: 'D',
    sv: 'Försörjning av el, gas, värme och kyla',
    en: 'Electricity, gas, steam and air conditioning supply',
  },
  {
    code: 'E',
    sv: 'Vattenförsörjning; avloppsrening, avfallshantering och sanering',
    en: 'Water supply; sewerage, waste management and remediation activities',
  },
  { code: 'F', sv: 'Byggverksamhet', en: 'Construction' },
  {
    code: 'G',
    sv: 'Handel; reparation av motorfordon och motorcyklar',
    en: 'Wholesale and retail trade; repair of motor vehicles and motorcycles',
  },
  { code: 'H', sv: 'Transport och magasinering', en: 'Transportation and storage' },
  { code: 'I', sv: 'Hotell- och restaurangverksamhet', en: 'Accommodation and food service activities' },
  { code: 'J', sv: 'Informations- och kommunikationsverksamhet', en: 'Information and communication' },
  { code: 'K', sv: 'Finans- och försäkringsverksamhet', en: 'Financial and insurance activities' },
  { code: 'L', sv: 'Fastighetsverksamhet', en: 'Real estate activities' },
  {
    code: 'M',
    sv: 'Verksamhet inom juridik, ekonomi, vetenskap och teknik',
    en: 'Professional, scientific and technical activities',
  },
  {
    code: 'N',
    sv: 'Uthyrning, fastighetsservice, resetjänster och andra stödtjänster',
    en: 'Administrative and support service activities',
  },
  {
    code: 'O',
    sv: 'Offentlig förvaltning och försvar; obligatorisk socialförsäkring',
    en: 'Public administration and defence; compulsory social security',
  },
  { code: 'P', sv: 'Utbildning', en: 'Education' },
  { code: 'Q', sv: 'Vård och omsorg; sociala tjänster', en: 'Human health and social work activities' },
  { code: 'R', sv: 'Kultur, nöje och fritid', en: 'Arts, entertainment and recreation' },
  { code: 'S', sv: 'Annan serviceverksamhet', en: 'Other service activities' },
  {
    code: 'T',
    sv: 'Förvärvsarbete i hushåll; hushållens produktion av diverse varor och tjänster för eget bruk',
    en: 'Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use',
  },
  {
    code: 'U',
    sv: 'Verksamhet vid internationella organisationer, utländska ambassader o.d.',
    en: 'Activities of extraterritorial organisations and bodies',
  },
];

export interface SniDivision {
  code: string;
  section: string;
  sv: string;
  en: string;
}

// All manufacturing divisions (10–33), plus the few outside manufacturing that run the circular
// flows this marketplace is about: utilities, recycling, haulage, warehousing, data centres, labs.
export const sniDivisions: readonly SniDivision[] = [
  { code: '10', section: 'C', sv: 'Livsmedelsframställning', en: 'Manufacture of food products' },
  { code: '11', section: 'C', sv: 'Framställning av drycker', en: 'Manufacture of beverages' },
  { code: '12', section: 'C', sv: 'Tobaksvarutillverkning', en: 'Manufacture of tobacco products' },
  { code: '13', section: 'C', sv: 'Textilvarutillverkning', en: 'Manufacture of textiles' },
  { code: '14', section: 'C', sv: 'Tillverkning av kläder', en: 'Manufacture of wearing apparel' },
  {
    code: '15',
    section: 'C',
    sv: 'Tillverkning av läder, läder- och skinnvaror m.m.',
    en: 'Manufacture of leather and related products',
  },
  {
    code: '16',
    section: 'C',
    sv: 'Tillverkning av trä och varor av trä, kork, rotting o.d. utom möbler',
    en: 'Manufacture of wood and of products of wood and cork, except furniture; manufacture of articles of straw and plaiting materials',
  },
  {
    code: '17',
    section: 'C',
    sv: 'Pappers- och pappersvarutillverkning',
    en: 'Manufacture of paper and paper products',
  },
  {
    code: '18',
    section: 'C',
    sv: 'Grafisk produktion och reproduktion av inspelningar',
    en: 'Printing and reproduction of recorded media',
  },
  {
    code: '19',
    section: 'C',
    sv: 'Tillverkning av stenkolsprodukter och raffinerade petroleumprodukter',
    en: 'Manufacture of coke and refined petroleum products',
  },
  {
    code: '20',
    section: 'C',
    sv: 'Tillverkning av kemikalier och kemiska produkter',
    en: 'Manufacture of chemicals and chemical products',
  },
  {
    code: '21',
    section: 'C',
    sv: 'Tillverkning av farmaceutiska basprodukter och läkemedel',
    en: 'Manufacture of basic pharmaceutical products and pharmaceutical preparations',
  },
  {
    code: '22',
    section: 'C',
    sv: 'Tillverkning av gummi- och plastvaror',
    en: 'Manufacture of rubber and plastic products',
  },
  {
    code: '23',
    section: 'C',
    sv: 'Tillverkning av andra icke-metalliska mineraliska produkter',
    en: 'Manufacture of other non-metallic mineral products',
  },
  { code: '24', section: 'C', sv: 'Stål- och metallframställning', en: 'Manufacture of basic metals' },
  {
    code: '25',
    section: 'C',
    sv: 'Tillverkning av metallvaror utom maskiner och apparater',
    en: 'Manufacture of fabricated metal products, except machinery and equipment',
  },
  {
    code: '26',
    section: 'C',
    sv: 'Tillverkning av datorer, elektronikvaror och optik',
    en: 'Manufacture of computer, electronic and optical products',
  },
  { code: '27', section: 'C', sv: 'Tillverkning av elapparatur', en: 'Manufacture of electrical equipment' },
  {
    code: '28',
    section: 'C',
    sv: 'Tillverkning av övriga maskiner',
    en: 'Manufacture of machinery and equipment n.e.c.',
  },
  {
    code: '29',
    section: 'C',
    sv: 'Tillverkning av motorfordon, släpfordon och påhängsvagnar',
    en: 'Manufacture of motor vehicles, trailers and semi-trailers',
  },
  {
    code: '30',
    section: 'C',
    sv: 'Tillverkning av andra transportmedel',
    en: 'Manufacture of other transport equipment',
  },
  { code: '31', section: 'C', sv: 'Tillverkning av möbler', en: 'Manufacture of furniture' },
  { code: '32', section: 'C', sv: 'Annan tillverkning', en: 'Other manufacturing' },
  {
    code: '33',
    section: 'C',
    sv: 'Reparation och installation av maskiner och apparater',
    en: 'Repair and installation of machinery and equipment',
  },
  {
    code: '35',
    section: 'D',
    sv: 'Försörjning av el, gas, värme och kyla',
    en: 'Electricity, gas, steam and air conditioning supply',
  },
  {
    code: '38',
    section: 'E',
    sv: 'Avfallshantering; återvinning',
    en: 'Waste collection, treatment and disposal activities; materials recovery',
  },
  {
    code: '49',
    section: 'H',
    sv: 'Landtransport; transport i rörsystem',
    en: 'Land transport and transport via pipelines',
  },
  {
    code: '52',
    section: 'H',
    sv: 'Magasinering och stödtjänster till transport',
    en: 'Warehousing and support activities for transportation',
  },
  { code: '63', section: 'J', sv: 'Informationstjänster', en: 'Information service activities' },
  {
    code: '71',
    section: 'M',
    sv: 'Arkitekt- och teknisk konsultverksamhet; teknisk provning och analys',
    en: 'Architectural and engineering activities; technical testing and analysis',
  },
];

export const employeeBandCodes = ['1-9', '10-49', '50-249', '250+'] as const;
export type EmployeesBand = (typeof employeeBandCodes)[number];

export const employeeBands: readonly { code: EmployeesBand; sv: string; en: string }[] = [
  { code: '1-9', sv: '1–9 anställda', en: '1–9 employees' },
  { code: '10-49', sv: '10–49 anställda', en: '10–49 employees' },
  { code: '50-249', sv: '50–249 anställda', en: '50–249 employees' },
  { code: '250+', sv: '250 anställda eller fler', en: '250 employees or more' },
];

export function getSniSection(code: string): SniSection | undefined {
  return sniSections.find((section) => section.code === code);
}

export function getSniDivision(code: string): SniDivision | undefined {
  return sniDivisions.find((division) => division.code === code);
}
