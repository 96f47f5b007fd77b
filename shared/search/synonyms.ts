// Trade words that mean the same thing to a buyer, in Swedish and English. Both search engines
// expand a query with these (Postgres through expandSynonyms, Meilisearch through its synonyms
// setting), so "wellpapp" finds a listing titled "cardboard". A word belongs to one group only,
// which keeps expansion from chaining across groups.
export const synonymGroups: readonly (readonly string[])[] = [
  // Metals
  ['stål', 'steel'],
  ['rostfritt', 'rostfri', 'rostfritt stål', 'stainless', 'stainless steel', 'inox'],
  ['aluminium', 'aluminum', 'alu'],
  ['koppar', 'copper'],
  ['mässing', 'brass'],
  ['spån', 'metallspån', 'svarvspån', 'frässpån', 'swarf', 'chips', 'turnings'],
  ['skrot', 'metallskrot', 'scrap', 'scrap metal'],
  ['restbitar', 'kapbitar', 'spill', 'off-cuts', 'offcuts', 'remnants'],

  // Plastics
  ['plast', 'plastic', 'plastics'],
  ['pe', 'polyeten', 'polyethylene', 'polythene'],
  ['pe-hd', 'hdpe', 'pehd', 'high-density polyethylene'],
  ['pe-ld', 'ldpe', 'pe-lld', 'lldpe', 'low-density polyethylene'],
  ['pp', 'polypropen', 'polypropylene'],
  ['eps', 'frigolit', 'cellplast', 'styrofoam', 'expanded polystyrene'],
  ['pvc', 'polyvinylklorid', 'polyvinyl chloride', 'vinyl'],
  ['pa', 'polyamid', 'polyamide', 'nylon'],
  ['regranulat', 'recyklat', 'återvunnen plast', 'regrind', 'recycled plastic', 'recyclate'],

  // Wood, paper and packaging
  ['trä', 'virke', 'wood', 'timber', 'lumber'],
  ['sågspån', 'sawdust'],
  ['spånskiva', 'spånskivor', 'chipboard', 'particle board', 'particleboard'],
  ['wellpapp', 'kartong', 'papp', 'cardboard', 'corrugated board', 'carton', 'cartons'],
  ['papper', 'paper'],
  ['plastfilm', 'folie', 'film', 'plastic film'],
  ['sträckfilm', 'stretch film', 'stretch wrap'],
  ['pall', 'pallar', 'lastpall', 'lastpallar', 'eur-pall', 'europall', 'pallet', 'pallets', 'euro pallet'],
  ['ibc', 'ibc-tank', 'ibc-behållare', 'palltank', 'ibc tote', 'tote tank', 'intermediate bulk container'],
  ['tunna', 'tunnor', 'drum', 'drums', 'barrel', 'barrels'],

  // Glass, textiles, minerals
  ['glas', 'glass'],
  ['glaskross', 'krossglas', 'cullet', 'glass cullet', 'broken glass'],
  ['textil', 'textilier', 'textile', 'textiles'],
  ['betong', 'concrete'],
  ['ballast', 'aggregate', 'aggregates'],
  ['gips', 'gipsskiva', 'gipsskivor', 'plasterboard', 'drywall', 'gypsum board'],
  ['tegel', 'tegelsten', 'brick', 'bricks'],
  ['isolering', 'insulation'],

  // Chemicals, oils, organics
  ['lösningsmedel', 'solvent', 'solvents'],
  ['skärvätska', 'skärvätskor', 'kylsmörjmedel', 'cutting fluid', 'cutting fluids', 'coolant', 'metalworking fluid'],
  ['spillolja', 'waste oil', 'used oil'],
  ['syra', 'syror', 'acid', 'acids'],
  ['färg', 'paint', 'paints'],
  ['matavfall', 'matrester', 'food waste', 'food scraps'],
  ['drav', 'spent grain', 'brewers grain', "brewers' spent grain"],
  ['kaffesump', 'sump', 'coffee grounds', 'spent coffee'],
  ['frityrolja', 'used cooking oil', 'uco', 'frying oil'],

  // Rubber, electronics, energy, water
  ['däck', 'tyre', 'tyres', 'tire', 'tires'],
  ['gummi', 'rubber'],
  ['elektronikavfall', 'elektronikskrot', 'elskrot', 'e-skrot', 'weee', 'e-waste', 'electronic waste', 'e-scrap'],
  ['batteri', 'batterier', 'ackumulator', 'battery', 'batteries'],
  ['kabel', 'kablar', 'cable', 'cables'],
  ['spillvärme', 'överskottsvärme', 'restvärme', 'excess heat', 'waste heat', 'surplus heat'],
  ['kyla', 'cooling'],

  // Equipment
  ['maskin', 'maskiner', 'machine', 'machinery'],
  ['verktyg', 'tool', 'tools', 'tooling'],
  ['reservdelar', 'reservdel', 'spare parts', 'spares'],
  ['restlager', 'överskottslager', 'restparti', 'surplus stock', 'excess inventory', 'dead stock'],

  // Capacity
  ['fräsning', 'fräsa', 'milling'],
  ['svarvning', 'svarva', 'turning'],
  ['slipning', 'grinding'],
  ['laserskärning', 'laser cutting'],
  ['stansning', 'punching', 'stamping'],
  ['kantpressning', 'kantpress', 'bockning', 'press brake', 'bending'],
  ['svetsning', 'svets', 'welding'],
  ['formsprutning', 'formspruta', 'injection moulding', 'injection molding'],
  ['gjutning', 'gjuteri', 'casting', 'foundry'],
  ['3d-printning', '3d-utskrift', '3d printing', 'additiv tillverkning', 'additive manufacturing'],
  ['lackering', 'målning', 'painting', 'paint line'],
  ['pulverlackering', 'powder coating'],
  ['förzinkning', 'galvanisering', 'galvanising', 'galvanizing', 'plating'],
  ['blästring', 'sandblästring', 'blasting', 'sandblasting'],
  ['montering', 'assembly'],
  ['provning', 'materialprovning', 'testing', 'materials testing'],
  ['lager', 'lagerlokal', 'warehouse', 'storage'],
  ['transport', 'frakt', 'haulage', 'freight'],
  ['returlass', 'returtransport', 'back-haul', 'backhaul', 'return load'],
  ['krossning', 'fragmentering', 'shredding', 'crushing'],
  ['renovering', 'återtillverkning', 'remanufacturing', 'refurbishment', 'reman'],

  // General
  ['avfall', 'waste'],
  ['biprodukt', 'restprodukt', 'sidoström', 'by-product', 'side stream', 'residue'],
  ['återvinning', 'recycling'],
  ['återbruk', 'återanvändning', 'reuse', 're-use'],
];

function normalizeWord(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

// A fallback for people typing without å ä ö ("spillvarme").
function foldWord(word: string): string {
  return normalizeWord(word).normalize('NFD').replace(/\p{M}/gu, '');
}

const groupByWord = new Map<string, readonly string[]>();
const groupByFoldedWord = new Map<string, readonly string[] | null>();
for (const group of synonymGroups) {
  for (const word of group) {
    groupByWord.set(word, group);
    const folded = foldWord(word);
    const existing = groupByFoldedWord.get(folded);
    // Two groups folding to the same spelling would be a guess; leave such a word unexpanded.
    groupByFoldedWord.set(folded, existing === undefined || existing === group ? group : null);
  }
}

function groupOf(word: string): readonly string[] | undefined {
  return groupByWord.get(normalizeWord(word)) ?? groupByFoldedWord.get(foldWord(word)) ?? undefined;
}

/**
 * The other words of the word's group; empty when the word has none. Case-insensitive. A word typed
 * without å ä ö gets the correctly spelled form too, since not every engine folds accents.
 */
export function synonymsOf(word: string): string[] {
  const group = groupOf(word);
  if (!group) return [];
  const self = normalizeWord(word);
  return group.filter((w) => w !== self);
}

/** The terms (lower-cased) followed by their synonyms, without duplicates. */
export function expandSynonyms(terms: readonly string[]): string[] {
  const expanded = new Set<string>();
  for (const term of terms) {
    const normalized = normalizeWord(term);
    if (normalized !== '') expanded.add(normalized);
  }
  for (const term of terms) {
    for (const synonym of synonymsOf(term)) expanded.add(synonym);
  }
  return [...expanded];
}
