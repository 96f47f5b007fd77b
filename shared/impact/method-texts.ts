// The words of the impact method in both languages: factor names, the formula and the caveats.
// shared/data/*.json keeps the sources' own English text (what was copied, and from where); this
// file is what people read. test/shared/impact-method-texts.test.ts keeps the two in step.

export type MethodLanguage = 'sv' | 'en';

/** One name per emission-factor key of shared/data/emission-factors.json. */
const emissionFactorNames: Record<string, Record<MethodLanguage, string>> = {
  steel: { sv: 'Stål / järnmetall', en: 'Steel / ferrous metal' },
  aluminium: { sv: 'Aluminium', en: 'Aluminium' },
  mixed_metals: { sv: 'Blandade metaller / metallskrot', en: 'Mixed metals / scrap metal' },
  plastic_hdpe: { sv: 'Plast: HDPE', en: 'Plastic: HDPE' },
  plastic_ldpe_lldpe: { sv: 'Plast: LDPE och LLDPE (film)', en: 'Plastic: LDPE and LLDPE (film)' },
  plastic_pp: { sv: 'Plast: PP', en: 'Plastic: PP' },
  plastic_pet: { sv: 'Plast: PET', en: 'Plastic: PET' },
  plastic_ps: { sv: 'Plast: PS', en: 'Plastic: PS' },
  plastic_pvc: { sv: 'Plast: PVC', en: 'Plastic: PVC' },
  plastic_mixed: { sv: 'Plast: blandad / genomsnittlig', en: 'Plastic: mixed / average plastics' },
  wood: { sv: 'Trä (bygg- och förpackningsvirke)', en: 'Wood (construction / packaging timber)' },
  paper_cardboard: { sv: 'Papper och kartong', en: 'Paper and cardboard' },
  glass: { sv: 'Glas', en: 'Glass' },
  textiles: { sv: 'Textil / kläder', en: 'Textiles / clothing' },
  concrete_aggregates: { sv: 'Betong / ballast', en: 'Concrete / aggregates' },
  plasterboard: { sv: 'Gips / gipsskivor', en: 'Plasterboard / gypsum' },
  food_organic: { sv: 'Livsmedel och organiska biprodukter', en: 'Food and organic by-products' },
  weee: { sv: 'Elektriska och elektroniska produkter (WEEE)', en: 'Electrical and electronic equipment (WEEE)' },
  tyres_rubber: { sv: 'Däck / gummi', en: 'Tyres / rubber' },
  mineral_oil: { sv: 'Spillolja (omraffinering)', en: 'Waste mineral oil (re-refining)' },
};

const freightModeNames: Record<string, Record<MethodLanguage, string>> = {
  truck: {
    sv: 'Tung lastbil (diesel), alla storlekar, genomsnittlig last',
    en: 'Heavy goods vehicle (diesel), all sizes, average laden',
  },
};

/** Falls back to the key, so a factor added to the data without a name still shows something. */
export function emissionFactorName(key: string, language: MethodLanguage): string {
  return emissionFactorNames[key]?.[language] ?? key;
}

export function freightModeName(mode: string, language: MethodLanguage): string {
  return freightModeNames[mode]?.[language] ?? mode;
}

export const emissionFactorKeysNamed = Object.keys(emissionFactorNames);
export const freightModesNamed = Object.keys(freightModeNames);

export type MethodTexts = {
  formula: string;
  avoidedPerTonne: string;
  /** In the order of meta.caveats in emission-factors.json. */
  emissionCaveats: readonly string[];
  /** In the order of meta.caveats in freight-factors.json. */
  freightCaveats: readonly string[];
};

export const methodTexts: Record<MethodLanguage, MethodTexts> = {
  sv: {
    formula:
      'netto kg CO2e per år = ton per år × undvikna kg CO2e per ton (materialkategori) − ton per år × km × kg CO2e per tonkilometer (vägtransport)',
    avoidedPerTonne:
      'Undvikna kg CO2e per ton = besparing i produktion (jungfruligt material minus återvunnet eller återanvänt) + besparing i omhändertagande (deponi minus återvinningsvägen), med de termer DESNZ publicerar. Jämförelsen är jungfruligt material och deponi; om det realistiska alternativet är förbränning ska bara produktionsbesparingen räknas.',
    emissionCaveats: [
      'DESNZ-faktorerna är attributionella faktorer för företags scope 3-rapportering. DESNZ publicerar inga faktorer för undvikna utsläpp; värdena här är en härledd skillnad (substitutionsmetod), inte en siffra från DESNZ.',
      'Utom för deponi täcker DESNZ:s faktorer för avfallshantering bara insamling och transport till behandlingen, och DESNZ skriver att de inte passar för att välja mellan hanteringsalternativ (DESNZ hänvisar till WRAP CarbonWARM för det).',
      'Biogen koldioxid räknas inte av DESNZ; deponifaktorerna för organiskt material styrs av metan.',
      'Faktorerna bygger på brittiska förhållanden (brittisk elmix och leveranskedjor); svensk primärproduktion kan skilja sig.',
      'Kategorier helt utan DESNZ-faktor: koppar (ingen egen rad för koppar), kemikalier och lösningsmedel (ingen rad under materialanvändning eller avfallshantering).',
    ],
    freightCaveats: [
      'Bara från tank till hjul: faktorn från källa till tank för samma fordon (0,02359 kg CO2e per tonkilometer) är noterad men inte tillagd.',
      'Genomsnitt för den brittiska flottan av tunga lastbilar vid genomsnittlig last; en svensk lastbil på HVO eller med full last släpper ut mindre, en halvlastad liten lastbil mer.',
      'Den tomma returresan ingår i faktorn bara så långt som den brittiska flottans genomsnittliga last speglar den.',
    ],
  },
  en: {
    formula:
      'net kg CO2e per year = tonnes per year × avoided kg CO2e per tonne (material category) − tonnes per year × km × kg CO2e per tonne-km (road freight)',
    avoidedPerTonne:
      'Avoided kg CO2e per tonne = production saving (virgin material minus recycled or re-used source) + disposal saving (landfill minus the recycling route), using the terms DESNZ publishes. The baseline is virgin material and landfill; where the realistic alternative is incineration, only the production saving should count.',
    emissionCaveats: [
      'DESNZ factors are attributional factors for Scope 3 company reporting. DESNZ does not publish avoided-emission factors; the avoided values here are a derived difference (substitution approach), not a DESNZ figure.',
      'Except for landfill, the DESNZ waste-disposal factors cover only collection and delivery to the point of treatment, and DESNZ states they are not appropriate for deciding between waste-management options (it points to WRAP CarbonWARM for that purpose).',
      'Biogenic CO2 is excluded by DESNZ; landfill factors for organic materials are driven by methane.',
      'Factors are UK-based (UK electricity mix and supply chains); Swedish primary production may differ.',
      'Categories without any DESNZ factor: copper (no copper-specific row), chemicals and solvents (no row in Material use / Waste disposal).',
    ],
    freightCaveats: [
      'Tank-to-wheel only: the well-to-tank factor for the same vehicle (0.02359 kg CO2e per tonne-km) is recorded but not added.',
      'UK fleet average across all HGV sizes at the UK average load; a Swedish truck on HVO or a full load emits less, a part-loaded small rigid more.',
      'The empty return trip is inside the average-laden factor only as far as the UK fleet’s average load reflects it.',
    ],
  },
};
