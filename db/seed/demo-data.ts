// Fictional demo content for the Stockholm region: manufacturers, where they sit, what they
// typically have left over and what they look for. Names, org numbers, addresses and people are
// invented; phone numbers are from PTS's ranges reserved for fiction (08-465 004 xx, 070-174 06 xx).
// generate.ts turns this into companies and listings; nothing here touches a database.
import type { EmployeesBand } from '../../shared/companies/sni';
import type { Frequency, Unit } from '../../shared/listings/units';

export type PriceTendency =
  | { model: 'free' }
  | { model: 'negotiable' }
  | { model: 'fixed'; sekPerUnit: readonly [number, number] }
  /** The offering company pays this amount (SEK per pickup) to be rid of the material. */
  | { model: 'pays_for_removal'; sek: readonly [number, number] };

export interface ListingTemplate {
  categoryId: string;
  side: 'offer' | 'need';
  title: string;
  description: string;
  unit: Unit;
  /** Realistic range for one occurrence, in `unit`. */
  quantity: readonly [number, number];
  frequencies: readonly Frequency[];
  prices: readonly PriceTendency[];
  specs?: Readonly<Record<string, string>>;
  /** Six digits, no spaces; must exist in shared/data/ewc-codes.json. */
  ewcCode?: string;
  condition?: string;
  /** Inherently hazardous even though the EWC code (if any) carries no asterisk. */
  hazardous?: boolean;
}

export interface IndustryProfile {
  id: string;
  sniSection: string;
  sniDivision: string | null;
  /** Trade words for generated company names: "<place> <part> AB". */
  nameParts: readonly string[];
  /** Swedish description used for generated companies of this profile. */
  description: string;
  /** Leaf category ids this kind of firm typically offers (material and capacity). */
  offers: readonly string[];
  /** Leaf category ids this kind of firm typically looks for. */
  needs: readonly string[];
}

export interface DemoPlace {
  name: string;
  municipalityCode: string;
  postalPrefix: string;
  postTown: string;
}

export interface DemoCompanySeed {
  ref: string;
  name: string;
  orgNumber: string;
  profileId: string;
  sniSection: string;
  sniDivision: string | null;
  employeesBand: EmployeesBand;
  website: string;
  description: string;
  contact: { name: string; email: string; phone: string };
  sites: readonly { name: string; streetAddress: string; municipalityCode: string }[];
}

export const industryProfiles: readonly IndustryProfile[] = [
  {
    id: 'machining',
    sniSection: 'C',
    sniDivision: '25',
    nameParts: ['Precisionsmekanik', 'Mekaniska Verkstad', 'CNC-teknik', 'Svarveri', 'Industrimekanik'],
    description:
      'Legotillverkare inom skärande bearbetning. Fräser och svarvar detaljer i stål, rostfritt och aluminium, från prototyper till serier på några tusen.',
    offers: [
      'steel-swarf',
      'aluminium-swarf',
      'stainless-swarf',
      'brass-swarf',
      'steel-offcuts',
      'aluminium-offcuts',
      'cutting-fluids',
      'mineral-oil',
      'pallets',
      'tools-fixtures',
      'used-machines',
      'cnc-milling',
      'cnc-turning',
      'grinding',
      'edm',
    ],
    needs: [
      'used-machines',
      'tools-fixtures',
      'surplus-stock',
      'pallets',
      'cnc-turning',
      'powder-coating',
      'wet-painting',
      'plating',
      'materials-testing',
      'calibration',
      'truck-transport',
      'design-cad',
    ],
  },
  {
    id: 'sheet-metal',
    sniSection: 'C',
    sniDivision: '25',
    nameParts: ['Plåtteknik', 'Plåt & Laser', 'Plåtindustri', 'Tunnplåt'],
    description:
      'Plåtbearbetning med laserskärning, stansning och kantpressning. Tillverkar kapslingar, konsoler och svetsade detaljer åt maskin- och fordonsindustrin.',
    offers: [
      'steel-offcuts',
      'stainless-offcuts',
      'aluminium-offcuts',
      'mixed-metal-scrap',
      'pallets',
      'shelving-racking',
      'laser-cutting',
      'punching',
      'press-brake-bending',
      'waterjet-cutting',
    ],
    needs: [
      'pallets',
      'powder-coating',
      'wet-painting',
      'mig-mag-welding',
      'robot-welding',
      'pallet-storage',
      'return-freight',
    ],
  },
  {
    id: 'welding',
    sniSection: 'C',
    sniDivision: '25',
    nameParts: ['Svets & Smide', 'Svetsteknik', 'Smide & Montage'],
    description:
      'Svets- och smidesverkstad för stålkonstruktioner, räcken och maskinramar. MIG/MAG och TIG i stål, rostfritt och aluminium.',
    offers: [
      'steel-offcuts',
      'mixed-metal-scrap',
      'mig-mag-welding',
      'tig-welding',
      'robot-welding',
      'mechanical-assembly',
    ],
    needs: ['steel-offcuts', 'stainless-offcuts', 'laser-cutting', 'press-brake-bending', 'blasting', 'powder-coating'],
  },
  {
    id: 'foundry',
    sniSection: 'C',
    sniDivision: '24',
    nameParts: ['Gjuteri', 'Metallgjuteri', 'Pressgjuteri'],
    description:
      'Gjuteri för aluminium- och mässingsgods i sand och kokill. Gjuter detaljer från några hundra gram upp till 40 kg.',
    offers: ['foundry-sand', 'excess-heat', 'aluminium-offcuts', 'mixed-metal-scrap', 'casting', 'blasting'],
    needs: [
      'aluminium-offcuts',
      'aluminium-swarf',
      'brass-swarf',
      'copper-scrap',
      'steel-swarf',
      'chemical-analysis',
      'cnc-milling',
    ],
  },
  {
    id: 'surface-treatment',
    sniSection: 'C',
    sniDivision: '25',
    nameParts: ['Ytbehandling', 'Lackering', 'Pulverlack', 'Ytteknik'],
    description:
      'Ytbehandling av metalldetaljer: förbehandling, pulverlackering, våtlack och elförzinkning. Tar både små serier och långa gods.',
    offers: [
      'rinse-water',
      'acids-alkalis',
      'paints-adhesives',
      'drums-canisters',
      'ibc-containers',
      'excess-heat',
      'wet-painting',
      'powder-coating',
      'plating',
      'blasting',
    ],
    needs: [
      'acids-alkalis',
      'ibc-containers',
      'process-water',
      'chemical-analysis',
      'truck-transport',
      'pallet-storage',
    ],
  },
  {
    id: 'plastics',
    sniSection: 'C',
    sniDivision: '22',
    nameParts: ['Plastformning', 'Plastteknik', 'Formsprutning', 'Plastindustri'],
    description:
      'Formsprutar och formblåser tekniska plastdetaljer och förpackningar i PP, PE, ABS och PA åt kunder inom bygg, fordon och medicinteknik.',
    offers: [
      'plastic-pp',
      'plastic-pe-hd',
      'plastic-pe-ld',
      'plastic-abs',
      'plastic-pa',
      'plastic-pvc',
      'mixed-plastics',
      'cardboard',
      'plastic-film',
      'tools-fixtures',
      'injection-moulding',
      'blow-moulding',
    ],
    needs: [
      'pp-regrind',
      'pe-regrind',
      'other-regrind',
      'granulating',
      'packing-line',
      'design-cad',
      'polymer-3d-printing',
      'edm',
      'production-engineering',
    ],
  },
  {
    id: 'plastics-recycling',
    sniSection: 'E',
    sniDivision: '38',
    nameParts: ['Plaståtervinning', 'Polymeråtervinning', 'Regranulat'],
    description:
      'Tar emot sorterad produktionsplast, mal och regranulerar den och säljer regranulat tillbaka till formsprutare i regionen.',
    offers: ['pp-regrind', 'pe-regrind', 'other-regrind', 'granulating', 'sorting', 'shredding'],
    needs: [
      'plastic-pp',
      'plastic-pe-hd',
      'plastic-pe-ld',
      'plastic-film',
      'mixed-plastics',
      'plastic-pet',
      'plastic-ps',
      'plastic-pvc',
      'plastic-abs',
      'plastic-pa',
    ],
  },
  {
    id: 'electronics',
    sniSection: 'C',
    sniDivision: '26',
    nameParts: ['Elektronik', 'Elektronikmontage', 'Kabel & Montage', 'Elteknik'],
    description:
      'Kretskortsmontering, kabelstammar och boxbyggen åt industri- och medicintekniska kunder. Egen ytmonteringslinje och testavdelning.',
    offers: [
      'weee',
      'cables',
      'copper-scrap',
      'cardboard',
      'components',
      'surplus-stock',
      'plastic-ps',
      'electronics-assembly',
      'mechanical-assembly',
      'calibration',
    ],
    needs: [
      'components',
      'surplus-stock',
      'li-ion-batteries',
      'design-cad',
      'materials-testing',
      'packing-line',
      'manual-packing',
      'punching',
    ],
  },
  {
    id: 'electronics-recycling',
    sniSection: 'E',
    sniDivision: '38',
    nameParts: ['Elektronikåtervinning', 'IT-återbruk', 'Elåtervinning'],
    description:
      'Tar emot uttjänt elektronik och IT-utrustning från företag. Det som går att använda igen renoveras och säljs vidare, resten demonteras och materialåtervinns.',
    offers: ['it-equipment', 'components', 'copper-scrap', 'cables', 'li-ion-batteries', 'sorting', 'remanufacturing'],
    needs: ['weee', 'it-equipment', 'li-ion-batteries', 'cables', 'shredding', 'truck-transport', 'pallet-storage'],
  },
  {
    id: 'food',
    sniSection: 'C',
    sniDivision: '10',
    nameParts: ['Livsmedel', 'Matfabrik', 'Charkuteri', 'Bageri'],
    description:
      'Livsmedelsproducent med färdigrätter, bröd och charkuterier till storkök och dagligvaruhandeln i Mälardalen.',
    offers: [
      'food-waste',
      'surplus-food',
      'edible-oils',
      'cardboard',
      'plastic-film',
      'excess-heat',
      'process-water',
      'cold-storage',
      'packing-line',
    ],
    needs: [
      'spent-grain',
      'sawdust',
      'cold-storage',
      'packing-line',
      'manual-packing',
      'truck-transport',
      'pallets',
      'chemical-analysis',
      'tig-welding',
    ],
  },
  {
    id: 'brewery',
    sniSection: 'C',
    sniDivision: '11',
    nameParts: ['Bryggeri', 'Bryggeri & Destilleri', 'Dryckesfabrik'],
    description:
      'Bryggeri med egen tappning på flaska och fat. Brygger ljus och mörk lager, ale och alkoholfritt för restauranger och Systembolaget.',
    offers: [
      'spent-grain',
      'glass-cullet',
      'process-water',
      'rinse-water',
      'pallets',
      'cardboard',
      'excess-heat',
      'packing-line',
    ],
    needs: ['pallets', 'cold-storage', 'truck-transport', 'ibc-containers', 'drums-canisters', 'packing-line'],
  },
  {
    id: 'coffee',
    sniSection: 'C',
    sniDivision: '10',
    nameParts: ['Kafferosteri', 'Rosteri'],
    description:
      'Rosteri som köper råkaffe direkt från odlare och rostar till kaféer, kontor och butiker i Stockholmsområdet.',
    offers: ['coffee-grounds', 'textile-fibres', 'excess-heat', 'pallets'],
    needs: ['cardboard', 'manual-packing', 'packing-line', 'pallet-storage'],
  },
  {
    id: 'wood',
    sniSection: 'C',
    sniDivision: '16',
    nameParts: ['Snickerifabrik', 'Trävaruindustri', 'Träteknik', 'Möbelsnickeri', 'Trähus'],
    description:
      'Snickerifabrik som tillverkar trappor, inredning och väggelement i trä. CNC-bearbetning, ytbehandling och montering under samma tak.',
    offers: [
      'wood-offcuts',
      'sawdust',
      'chipboard-mdf',
      'surplus-timber',
      'plasterboard',
      'insulation',
      'paints-adhesives',
      'pallets',
      'textile-offcuts',
      'cnc-milling',
      'wet-painting',
    ],
    needs: [
      'surplus-timber',
      'chipboard-mdf',
      'wood-offcuts',
      'textile-offcuts',
      'insulation',
      'paints-adhesives',
      'excess-heat',
      'shelving-racking',
      'used-machines',
      'truck-transport',
    ],
  },
  {
    id: 'pallets',
    sniSection: 'C',
    sniDivision: '16',
    nameParts: ['Pallservice', 'Pall & Emballage', 'Emballage'],
    description:
      'Köper, reparerar och säljer begagnade lastpallar och pallkragar. Tillverkar även specialpallar och packlådor på beställning.',
    offers: ['pallets', 'wood-offcuts', 'sawdust', 'shredding', 'truck-transport'],
    needs: ['pallets', 'surplus-timber', 'wood-offcuts', 'outdoor-storage'],
  },
  {
    id: 'printing-packaging',
    sniSection: 'C',
    sniDivision: '17',
    nameParts: ['Tryckeri', 'Förpackningar', 'Grafiska', 'Kartongfabrik'],
    description: 'Trycker och stansar kartongförpackningar, displayer och trycksaker i offset och digitaltryck.',
    offers: [
      'paper',
      'cardboard',
      'solvents',
      'paints-adhesives',
      'aluminium-offcuts',
      'plastic-film',
      'packing-line',
      'manual-packing',
      'pallet-storage',
    ],
    needs: ['paper', 'pallets', 'truck-transport', 'design-cad'],
  },
  {
    id: 'chemicals',
    sniSection: 'C',
    sniDivision: '20',
    nameParts: ['Kemiteknik', 'Kemi', 'Processkemi'],
    description:
      'Formulerar och blandar tvätt-, avfettnings- och processkemikalier åt industrin. Eget laboratorium för kvalitetskontroll.',
    offers: [
      'solvents',
      'surplus-chemicals',
      'acids-alkalis',
      'ibc-containers',
      'drums-canisters',
      'excess-heat',
      'process-water',
      'chemical-analysis',
    ],
    needs: [
      'solvents',
      'cutting-fluids',
      'acids-alkalis',
      'ibc-containers',
      'drums-canisters',
      'blow-moulding',
      'truck-transport',
      'pallet-storage',
    ],
  },
  {
    id: 'concrete',
    sniSection: 'C',
    sniDivision: '23',
    nameParts: ['Betong', 'Betongelement', 'Prefab'],
    description:
      'Tillverkar prefabricerade betongelement, håldäck och trappor till bostäder och lokaler i Stockholms län.',
    offers: ['concrete', 'aggregates', 'steel-offcuts', 'pallets', 'outdoor-storage', 'truck-transport'],
    needs: ['aggregates', 'concrete', 'foundry-sand', 'bricks-ceramics', 'process-water', 'rinse-water', 'excess-heat'],
  },
  {
    id: 'ceramics-glass',
    sniSection: 'C',
    sniDivision: '23',
    nameParts: ['Keramik', 'Glas & Keramik', 'Glasteknik'],
    description:
      'Keramik- och glasverkstad som tillverkar servisgods, kakel och glasdetaljer i mindre serier. Egna brännugnar.',
    offers: ['bricks-ceramics', 'glass-cullet', 'flat-glass', 'excess-heat'],
    needs: ['glass-cullet', 'flat-glass', 'sawdust', 'cardboard', 'chemical-analysis', 'waterjet-cutting'],
  },
  {
    id: 'textiles',
    sniSection: 'C',
    sniDivision: '13',
    nameParts: ['Textil', 'Textil & Sömnad', 'Segelmakeri', 'Konfektion'],
    description:
      'Syr arbetskläder, kapell och tekniska textilier på beställning. Tillskärning med CNC-skärbord och egen sömnad.',
    offers: ['textile-offcuts', 'textile-fibres', 'workwear-textiles', 'cardboard', 'manual-packing'],
    needs: ['textile-offcuts', 'textile-fibres', 'workwear-textiles', 'plastic-pet', 'design-cad'],
  },
  {
    id: 'logistics',
    sniSection: 'H',
    sniDivision: '52',
    nameParts: ['Logistik', 'Lager & Distribution', 'Åkeri', 'Terminal'],
    description:
      'Tredjepartslogistik med lager, kyllager och egna bilar. Plockar, packar och distribuerar åt e-handel och industri.',
    offers: [
      'pallet-storage',
      'outdoor-storage',
      'cold-storage',
      'truck-transport',
      'return-freight',
      'manual-packing',
      'plastic-film',
      'cardboard',
      'pallets',
      'shelving-racking',
      'tyres',
      'workwear-textiles',
      'excess-cooling',
    ],
    needs: ['pallets', 'shelving-racking', 'tyres', 'used-machines', 'repair-maintenance', 'sorting'],
  },
  {
    id: 'recycling',
    sniSection: 'E',
    sniDivision: '38',
    nameParts: ['Återvinning', 'Miljö & Återvinning', 'Kretslopp', 'Resurs'],
    description:
      'Återvinningsföretag med egen sorteringsanläggning och krossar. Hämtar, sorterar och säljer vidare metaller, papper, plast, trä och massor.',
    offers: [
      'sorting',
      'shredding',
      'granulating',
      'truck-transport',
      'aggregates',
      'mixed-metal-scrap',
      'concrete',
      'paper',
      'glass-cullet',
      'rubber-scrap',
      'pe-regrind',
    ],
    needs: [
      'mixed-metal-scrap',
      'steel-offcuts',
      'steel-swarf',
      'stainless-swarf',
      'copper-scrap',
      'cables',
      'tyres',
      'rubber-scrap',
      'cardboard',
      'mixed-plastics',
      'wood-offcuts',
      'concrete',
      'plasterboard',
      'bricks-ceramics',
      'glass-cullet',
    ],
  },
  {
    id: 'biogas',
    sniSection: 'E',
    sniDivision: '38',
    nameParts: ['Biogas', 'Biogas & Kompost', 'Kretsloppsenergi'],
    description: 'Rötar matavfall och restprodukter från livsmedelsindustrin till fordonsgas och biogödsel.',
    offers: ['excess-heat', 'process-water', 'truck-transport'],
    needs: ['food-waste', 'spent-grain', 'coffee-grounds', 'surplus-food', 'edible-oils'],
  },
  {
    id: 'lab',
    sniSection: 'M',
    sniDivision: '71',
    nameParts: ['Materiallabb', 'Provning', 'Analys', 'Mätteknik'],
    description:
      'Ackrediterat laboratorium för materialprovning, kemisk analys och kalibrering åt tillverkande industri.',
    offers: ['materials-testing', 'calibration', 'chemical-analysis', 'used-machines', 'it-equipment'],
    needs: ['surplus-chemicals', 'components', 'cnc-milling'],
  },
  {
    id: 'engineering',
    sniSection: 'M',
    sniDivision: '71',
    nameParts: ['Konstruktion', 'Teknikkonsult', 'Ingenjörsbyrå'],
    description:
      'Konstruktions- och teknikkonsulter inom mekanik och produktionsteknik. Tar fram underlag från idé till tillverkningsritning.',
    offers: ['design-cad', 'production-engineering', 'polymer-3d-printing', 'it-equipment', 'shelving-racking'],
    needs: [
      'polymer-3d-printing',
      'metal-3d-printing',
      'cnc-milling',
      'laser-cutting',
      'injection-moulding',
      'materials-testing',
      'mechanical-assembly',
    ],
  },
  {
    id: 'remanufacturing',
    sniSection: 'C',
    sniDivision: '33',
    nameParts: ['Maskinrenovering', 'Industriservice', 'Hydraulikservice'],
    description:
      'Servar, renoverar och bygger om verktygsmaskiner, pressar och hydraulsystem. Säljer även begagnade maskiner med garanti.',
    offers: ['repair-maintenance', 'remanufacturing', 'used-machines', 'components', 'mineral-oil', 'tools-fixtures'],
    needs: ['used-machines', 'components', 'mineral-oil', 'grinding', 'blasting', 'powder-coating'],
  },
  {
    id: 'additive',
    sniSection: 'C',
    sniDivision: '32',
    nameParts: ['3D-teknik', 'Additiv', 'Prototypverkstad'],
    description:
      'Tillverkar prototyper och små serier med 3D-printning i plast och metall, med efterbearbetning och konstruktionsstöd.',
    offers: ['polymer-3d-printing', 'metal-3d-printing', 'design-cad', 'plastic-pa'],
    needs: ['other-regrind', 'blasting', 'cnc-milling', 'materials-testing', 'calibration'],
  },
  {
    id: 'data-centre',
    sniSection: 'J',
    sniDivision: '63',
    nameParts: ['Datahall', 'Serverhall', 'Datacenter'],
    description: 'Driver serverhallar för molntjänster och samlokalisering. Kyls med frikyla större delen av året.',
    offers: ['excess-heat', 'it-equipment', 'li-ion-batteries', 'cables', 'cardboard'],
    needs: ['excess-cooling', 'process-water', 'pallet-storage', 'truck-transport'],
  },
  {
    id: 'automotive',
    sniSection: 'C',
    sniDivision: '29',
    nameParts: ['Fordonsdelar', 'Fordonsteknik', 'Chassiteknik'],
    description:
      'Underleverantör av chassidetaljer, fästen och svetsade komponenter till tunga fordon. Leveranser i sekvens till kundernas monteringslinor.',
    offers: [
      'steel-offcuts',
      'steel-swarf',
      'aluminium-swarf',
      'cutting-fluids',
      'mineral-oil',
      'pallets',
      'ibc-containers',
      'plastic-film',
      'cardboard',
      'tyres',
      'rubber-scrap',
      'components',
      'robot-welding',
    ],
    needs: [
      'cnc-milling',
      'grinding',
      'robot-welding',
      'casting',
      'powder-coating',
      'plating',
      'pallet-storage',
      'return-freight',
      'materials-testing',
      'remanufacturing',
      'production-engineering',
      'pallets',
    ],
  },
  {
    id: 'boats-composites',
    sniSection: 'C',
    sniDivision: '30',
    nameParts: ['Båtplast', 'Båtvarv', 'Kompositteknik'],
    description:
      'Bygger och reparerar fritids- och arbetsbåtar i glasfiberarmerad plast och trä. Vinterförvaring och service på varvet.',
    offers: ['textile-fibres', 'solvents', 'paints-adhesives', 'wood-offcuts', 'surplus-stock', 'outdoor-storage'],
    needs: [
      'solvents',
      'surplus-timber',
      'chipboard-mdf',
      'textile-fibres',
      'paints-adhesives',
      'cnc-milling',
      'waterjet-cutting',
      'outdoor-storage',
    ],
  },
  {
    id: 'medtech',
    sniSection: 'C',
    sniDivision: '32',
    nameParts: ['Medicinteknik', 'Medtech', 'Labbteknik'],
    description:
      'Utvecklar och tillverkar medicintekniska engångsartiklar och instrument. Renrumsmontering och egen kvalitetsavdelning.',
    offers: [
      'plastic-pp',
      'plastic-pet',
      'cardboard',
      'surplus-stock',
      'components',
      'materials-testing',
      'calibration',
    ],
    needs: ['cnc-turning', 'injection-moulding', 'manual-packing', 'calibration', 'electronics-assembly'],
  },
];

// Places used for names and addresses, each tied to its municipality (kommunkod).
export const demoPlaces: readonly DemoPlace[] = [
  { name: 'Södertälje', municipalityCode: '0181', postalPrefix: '151', postTown: 'Södertälje' },
  { name: 'Östertälje', municipalityCode: '0181', postalPrefix: '152', postTown: 'Södertälje' },
  { name: 'Järna', municipalityCode: '0181', postalPrefix: '153', postTown: 'Järna' },
  { name: 'Tumba', municipalityCode: '0127', postalPrefix: '147', postTown: 'Tumba' },
  { name: 'Tullinge', municipalityCode: '0127', postalPrefix: '146', postTown: 'Tullinge' },
  { name: 'Norsborg', municipalityCode: '0127', postalPrefix: '145', postTown: 'Norsborg' },
  { name: 'Huddinge', municipalityCode: '0126', postalPrefix: '141', postTown: 'Huddinge' },
  { name: 'Flemingsberg', municipalityCode: '0126', postalPrefix: '141', postTown: 'Huddinge' },
  { name: 'Skogås', municipalityCode: '0126', postalPrefix: '142', postTown: 'Skogås' },
  { name: 'Segeltorp', municipalityCode: '0126', postalPrefix: '141', postTown: 'Segeltorp' },
  { name: 'Jakobsberg', municipalityCode: '0123', postalPrefix: '177', postTown: 'Järfälla' },
  { name: 'Kallhäll', municipalityCode: '0123', postalPrefix: '176', postTown: 'Järfälla' },
  { name: 'Veddesta', municipalityCode: '0123', postalPrefix: '175', postTown: 'Järfälla' },
  { name: 'Barkarby', municipalityCode: '0123', postalPrefix: '177', postTown: 'Järfälla' },
  { name: 'Märsta', municipalityCode: '0191', postalPrefix: '195', postTown: 'Märsta' },
  { name: 'Rosersberg', municipalityCode: '0191', postalPrefix: '195', postTown: 'Rosersberg' },
  { name: 'Arlandastad', municipalityCode: '0191', postalPrefix: '195', postTown: 'Arlandastad' },
  { name: 'Norrtälje', municipalityCode: '0188', postalPrefix: '761', postTown: 'Norrtälje' },
  { name: 'Rimbo', municipalityCode: '0188', postalPrefix: '762', postTown: 'Rimbo' },
  { name: 'Hallstavik', municipalityCode: '0188', postalPrefix: '763', postTown: 'Hallstavik' },
  { name: 'Nynäshamn', municipalityCode: '0192', postalPrefix: '149', postTown: 'Nynäshamn' },
  { name: 'Ösmo', municipalityCode: '0192', postalPrefix: '148', postTown: 'Ösmo' },
  { name: 'Haninge', municipalityCode: '0136', postalPrefix: '136', postTown: 'Haninge' },
  { name: 'Jordbro', municipalityCode: '0136', postalPrefix: '136', postTown: 'Jordbro' },
  { name: 'Västerhaninge', municipalityCode: '0136', postalPrefix: '137', postTown: 'Västerhaninge' },
  { name: 'Kungsängen', municipalityCode: '0139', postalPrefix: '196', postTown: 'Kungsängen' },
  { name: 'Bro', municipalityCode: '0139', postalPrefix: '197', postTown: 'Bro' },
  { name: 'Brunna', municipalityCode: '0139', postalPrefix: '196', postTown: 'Kungsängen' },
  { name: 'Sollentuna', municipalityCode: '0163', postalPrefix: '191', postTown: 'Sollentuna' },
  { name: 'Rotebro', municipalityCode: '0163', postalPrefix: '192', postTown: 'Sollentuna' },
  { name: 'Häggvik', municipalityCode: '0163', postalPrefix: '191', postTown: 'Sollentuna' },
  { name: 'Solna', municipalityCode: '0184', postalPrefix: '171', postTown: 'Solna' },
  { name: 'Västberga', municipalityCode: '0180', postalPrefix: '126', postTown: 'Hägersten' },
  { name: 'Bromma', municipalityCode: '0180', postalPrefix: '168', postTown: 'Bromma' },
  { name: 'Ulvsunda', municipalityCode: '0180', postalPrefix: '168', postTown: 'Bromma' },
  { name: 'Högdalen', municipalityCode: '0180', postalPrefix: '124', postTown: 'Bandhagen' },
  { name: 'Lunda', municipalityCode: '0180', postalPrefix: '163', postTown: 'Spånga' },
  { name: 'Årsta', municipalityCode: '0180', postalPrefix: '120', postTown: 'Årsta' },
  { name: 'Nacka', municipalityCode: '0182', postalPrefix: '131', postTown: 'Nacka' },
  { name: 'Sickla', municipalityCode: '0182', postalPrefix: '131', postTown: 'Nacka' },
  { name: 'Täby', municipalityCode: '0160', postalPrefix: '183', postTown: 'Täby' },
  { name: 'Arninge', municipalityCode: '0160', postalPrefix: '187', postTown: 'Täby' },
  { name: 'Väsby', municipalityCode: '0114', postalPrefix: '194', postTown: 'Upplands Väsby' },
  { name: 'Vallentuna', municipalityCode: '0115', postalPrefix: '186', postTown: 'Vallentuna' },
  { name: 'Åkersberga', municipalityCode: '0117', postalPrefix: '184', postTown: 'Åkersberga' },
  { name: 'Gustavsberg', municipalityCode: '0120', postalPrefix: '134', postTown: 'Gustavsberg' },
  { name: 'Värmdö', municipalityCode: '0120', postalPrefix: '139', postTown: 'Värmdö' },
  { name: 'Ekerö', municipalityCode: '0125', postalPrefix: '178', postTown: 'Ekerö' },
  { name: 'Rönninge', municipalityCode: '0128', postalPrefix: '144', postTown: 'Rönninge' },
  { name: 'Tyresö', municipalityCode: '0138', postalPrefix: '135', postTown: 'Tyresö' },
  { name: 'Nykvarn', municipalityCode: '0140', postalPrefix: '155', postTown: 'Nykvarn' },
  { name: 'Danderyd', municipalityCode: '0162', postalPrefix: '182', postTown: 'Danderyd' },
  { name: 'Sundbyberg', municipalityCode: '0183', postalPrefix: '172', postTown: 'Sundbyberg' },
  { name: 'Lidingö', municipalityCode: '0186', postalPrefix: '181', postTown: 'Lidingö' },
  { name: 'Vaxholm', municipalityCode: '0187', postalPrefix: '185', postTown: 'Vaxholm' },
];

// Industrial streets common in Swedish towns; combined with a place they make a plausible address.
export const demoStreets: readonly string[] = [
  'Industrivägen',
  'Verkstadsvägen',
  'Hantverksvägen',
  'Fabriksvägen',
  'Smidesvägen',
  'Montörvägen',
  'Lagervägen',
  'Förrådsvägen',
  'Maskinvägen',
  'Svetsarvägen',
  'Gjutarvägen',
  'Kopparvägen',
  'Plåtslagarvägen',
  'Transportvägen',
  'Energivägen',
  'Elektronvägen',
  'Mekanikervägen',
  'Snickarvägen',
  'Terminalvägen',
  'Rörvägen',
];

export const demoFirstNames: readonly string[] = [
  'Anna',
  'Erik',
  'Maria',
  'Johan',
  'Karin',
  'Lars',
  'Sara',
  'Mikael',
  'Emma',
  'Anders',
  'Elin',
  'Fredrik',
  'Linnea',
  'Jonas',
  'Sofia',
  'Per',
  'Amir',
  'Leyla',
  'Nikola',
  'Mehmet',
  'Ida',
  'Oskar',
  'Hanna',
  'Daniel',
  'Fatima',
  'Tomas',
  'Malin',
  'Henrik',
  'Jenny',
  'Ali',
];

export const demoSurnames: readonly string[] = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Lindqvist',
  'Lindgren',
  'Berg',
  'Holm',
  'Sandberg',
  'Lundberg',
  'Engström',
  'Wikström',
  'Haddad',
  'Demir',
  'Petrović',
  'Yilmaz',
  'Ahmadi',
  'Nyström',
  'Forsberg',
  'Åberg',
  'Öberg',
  'Hedlund',
  'Sjöberg',
  'Blom',
];

export const demoCompanies: readonly DemoCompanySeed[] = [
  {
    ref: 'co-001',
    name: 'Södertälje Precisionsmekanik AB',
    orgNumber: '556160-0031',
    profileId: 'machining',
    sniSection: 'C',
    sniDivision: '25',
    employeesBand: '50-249',
    website: 'https://sodertalje-precisionsmekanik.example.se',
    description:
      'Fleroperationsfräsning och CNC-svarvning av detaljer till fordons- och gruvindustrin. Tre skift, 28 maskiner och eget mätrum.',
    contact: {
      name: 'Anna Lindqvist',
      email: 'anna.lindqvist@sodertalje-precisionsmekanik.example.se',
      phone: '08-465 004 10',
    },
    sites: [
      {
        name: 'Fabriken i Södertälje',
        streetAddress: 'Verkstadsvägen 14, 151 38 Södertälje',
        municipalityCode: '0181',
      },
      { name: 'Lager Nykvarn', streetAddress: 'Industrivägen 3, 155 30 Nykvarn', municipalityCode: '0140' },
    ],
  },
  {
    ref: 'co-002',
    name: 'Botkyrka Plåt & Laser AB',
    orgNumber: '559522-7876',
    profileId: 'sheet-metal',
    sniSection: 'C',
    sniDivision: '25',
    employeesBand: '10-49',
    website: 'https://botkyrka-platlaser.example.se',
    description: 'Laserskärning, stansning och kantpressning i tunnplåt upp till 20 mm. Korta ledtider och egen svets.',
    contact: { name: 'Mehmet Yilmaz', email: 'mehmet.yilmaz@botkyrka-platlaser.example.se', phone: '08-465 004 11' },
    sites: [{ name: 'Verkstaden i Tumba', streetAddress: 'Hantverksvägen 9, 147 30 Tumba', municipalityCode: '0127' }],
  },
  {
    ref: 'co-003',
    name: 'Huddinge Plastformning AB',
    orgNumber: '556290-5074',
    profileId: 'plastics',
    sniSection: 'C',
    sniDivision: '22',
    employeesBand: '50-249',
    website: 'https://huddinge-plastformning.example.se',
    description:
      'Formsprutning av tekniska detaljer i PP, ABS och PA med 22 maskiner från 50 till 650 ton. Eget verktygsunderhåll.',
    contact: {
      name: 'Johan Eriksson',
      email: 'johan.eriksson@huddinge-plastformning.example.se',
      phone: '08-465 004 12',
    },
    sites: [
      { name: 'Fabriken i Huddinge', streetAddress: 'Kommunalvägen 18, 141 61 Huddinge', municipalityCode: '0126' },
      { name: 'Lager Jordbro', streetAddress: 'Lagervägen 22, 136 50 Jordbro', municipalityCode: '0136' },
    ],
  },
  {
    ref: 'co-004',
    name: 'Järfälla Elektronikmontage AB',
    orgNumber: '559170-2153',
    profileId: 'electronics',
    sniSection: 'C',
    sniDivision: '26',
    employeesBand: '10-49',
    website: 'https://jarfalla-elektronikmontage.example.se',
    description:
      'Ytmontering och hålmontering av kretskort, kabelstammar och boxbyggen för industrikunder i små och medelstora serier.',
    contact: {
      name: 'Leyla Demir',
      email: 'leyla.demir@jarfalla-elektronikmontage.example.se',
      phone: '08-465 004 13',
    },
    sites: [
      { name: 'Montering Veddesta', streetAddress: 'Veddestavägen 24, 175 62 Järfälla', municipalityCode: '0123' },
    ],
  },
  {
    ref: 'co-005',
    name: 'Märsta Livsmedel AB',
    orgNumber: '556245-0238',
    profileId: 'food',
    sniSection: 'C',
    sniDivision: '10',
    employeesBand: '50-249',
    website: 'https://marsta-livsmedel.example.se',
    description:
      'Tillverkar färdigrätter och sallader till flygkök, storhushåll och dagligvaruhandeln. Produktion sex dagar i veckan.',
    contact: { name: 'Fatima Ahmadi', email: 'fatima.ahmadi@marsta-livsmedel.example.se', phone: '08-465 004 14' },
    sites: [
      { name: 'Köket i Arlandastad', streetAddress: 'Maskingatan 5, 195 60 Arlandastad', municipalityCode: '0191' },
    ],
  },
  {
    ref: 'co-006',
    name: 'Norrtälje Trähus & Snickeri AB',
    orgNumber: '559453-7689',
    profileId: 'wood',
    sniSection: 'C',
    sniDivision: '16',
    employeesBand: '50-249',
    website: 'https://norrtalje-trahus.example.se',
    description: 'Bygger väggelement och fritidshus i trä i fabrik, plus trappor och fönsterbänkar på beställning.',
    contact: { name: 'Per Sjöberg', email: 'per.sjoberg@norrtalje-trahus.example.se', phone: '08-465 004 15' },
    sites: [
      { name: 'Fabriken i Norrtälje', streetAddress: 'Sågverksvägen 6, 761 41 Norrtälje', municipalityCode: '0188' },
    ],
  },
  {
    ref: 'co-007',
    name: 'Nynäshamns Kemiteknik AB',
    orgNumber: '556907-7257',
    profileId: 'chemicals',
    sniSection: 'C',
    sniDivision: '20',
    employeesBand: '10-49',
    website: 'https://nynashamns-kemiteknik.example.se',
    description:
      'Blandar avfettnings- och rengöringsmedel för verkstads- och livsmedelsindustrin. Levererar i dunk, fat och IBC.',
    contact: { name: 'Karin Hedlund', email: 'karin.hedlund@nynashamns-kemiteknik.example.se', phone: '08-465 004 16' },
    sites: [
      { name: 'Anläggningen i Nynäshamn', streetAddress: 'Hamnvägen 21, 149 41 Nynäshamn', municipalityCode: '0192' },
    ],
  },
  {
    ref: 'co-008',
    name: 'Haninge Betongelement AB',
    orgNumber: '559277-1629',
    profileId: 'concrete',
    sniSection: 'C',
    sniDivision: '23',
    employeesBand: '50-249',
    website: 'https://haninge-betongelement.example.se',
    description:
      'Prefabricerade väggar, bjälklag och trappor i betong. Egen krossning av kasserade element på området.',
    contact: { name: 'Anders Holm', email: 'anders.holm@haninge-betongelement.example.se', phone: '08-465 004 17' },
    sites: [
      {
        name: 'Elementfabriken Jordbro',
        streetAddress: 'Jordbro industriväg 12, 136 50 Jordbro',
        municipalityCode: '0136',
      },
    ],
  },
  {
    ref: 'co-009',
    name: 'Bro Logistikcenter AB',
    orgNumber: '559790-1288',
    profileId: 'logistics',
    sniSection: 'H',
    sniDivision: '52',
    employeesBand: '50-249',
    website: 'https://bro-logistikcenter.example.se',
    description: 'Tredjepartslager med 18 000 pallplatser, kyldel och egna distributionsbilar i norra Stockholm.',
    contact: { name: 'Jonas Forsberg', email: 'jonas.forsberg@bro-logistikcenter.example.se', phone: '08-465 004 18' },
    sites: [
      { name: 'Lagret i Bro', streetAddress: 'Logistikvägen 4, 197 40 Bro', municipalityCode: '0139' },
      { name: 'Terminal Brunna', streetAddress: 'Transportvägen 11, 196 37 Kungsängen', municipalityCode: '0139' },
    ],
  },
  {
    ref: 'co-010',
    name: 'Rotebro Verktygsslip AB',
    orgNumber: '556973-7728',
    profileId: 'machining',
    sniSection: 'C',
    sniDivision: '25',
    employeesBand: '1-9',
    website: 'https://rotebro-verktygsslip.example.se',
    description:
      'Omslipning av skärande verktyg, rund- och planslipning samt trådgnistning åt verkstäder i norra länet.',
    contact: { name: 'Lars Nilsson', email: 'lars.nilsson@rotebro-verktygsslip.example.se', phone: '08-465 004 19' },
    sites: [
      { name: 'Slipverkstaden', streetAddress: 'Bergkällavägen 31, 192 79 Sollentuna', municipalityCode: '0163' },
    ],
  },
  {
    ref: 'co-011',
    name: 'Solna Materialprovning AB',
    orgNumber: '556802-4680',
    profileId: 'lab',
    sniSection: 'M',
    sniDivision: '71',
    employeesBand: '10-49',
    website: 'https://solna-materialprovning.example.se',
    description:
      'Ackrediterat provningslaboratorium: dragprov, hårdhet, oförstörande provning och kemisk analys av metaller och polymerer.',
    contact: {
      name: 'Sofia Engström',
      email: 'sofia.engstrom@solna-materialprovning.example.se',
      phone: '08-465 004 20',
    },
    sites: [{ name: 'Laboratoriet', streetAddress: 'Ekensbergsvägen 9, 171 41 Solna', municipalityCode: '0184' }],
  },
  {
    ref: 'co-012',
    name: 'Södra Hammarby Bryggeri AB',
    orgNumber: '559501-2443',
    profileId: 'brewery',
    sniSection: 'C',
    sniDivision: '11',
    employeesBand: '10-49',
    website: 'https://hammarby-bryggeri.example.se',
    description:
      'Hantverksbryggeri med 3 000 hl om året, egen tappning på flaska och fat och leveranser till krogar i innerstaden.',
    contact: { name: 'Oskar Lundberg', email: 'oskar.lundberg@hammarby-bryggeri.example.se', phone: '08-465 004 21' },
    sites: [
      { name: 'Bryggeriet', streetAddress: 'Hammarby Fabriksväg 21, 120 30 Stockholm', municipalityCode: '0180' },
    ],
  },
  {
    ref: 'co-013',
    name: 'Nacka Ytbehandling AB',
    orgNumber: '559094-5571',
    profileId: 'surface-treatment',
    sniSection: 'C',
    sniDivision: '25',
    employeesBand: '10-49',
    website: 'https://nacka-ytbehandling.example.se',
    description:
      'Elförzinkning, förnickling och anodisering av små och medelstora detaljer. Egen reningsanläggning för processvatten.',
    contact: {
      name: 'Nikola Petrović',
      email: 'nikola.petrovic@nacka-ytbehandling.example.se',
      phone: '08-465 004 22',
    },
    sites: [
      { name: 'Anläggningen i Sickla', streetAddress: 'Sickla industriväg 8, 131 54 Nacka', municipalityCode: '0182' },
    ],
  },
  {
    ref: 'co-014',
    name: 'Täby Konstruktion & CAD AB',
    orgNumber: '559206-5386',
    profileId: 'engineering',
    sniSection: 'M',
    sniDivision: '71',
    employeesBand: '10-49',
    website: 'https://taby-konstruktion.example.se',
    description:
      'Mekanikkonstruktion, beredning och CAM-programmering åt tillverkande företag. Tolv konstruktörer och en egen prototypverkstad.',
    contact: { name: 'Elin Wikström', email: 'elin.wikstrom@taby-konstruktion.example.se', phone: '08-465 004 23' },
    sites: [{ name: 'Kontoret i Arninge', streetAddress: 'Enhagsvägen 7, 187 40 Täby', municipalityCode: '0160' }],
  },
  {
    ref: 'co-015',
    name: 'Östertälje Pulverlack AB',
    orgNumber: '559271-8885',
    profileId: 'surface-treatment',
    sniSection: 'C',
    sniDivision: '25',
    employeesBand: '10-49',
    website: 'https://ostertalje-pulverlack.example.se',
    description:
      'Pulverlackering med automatlinje för gods upp till sju meter, blästring och järnfosfatering som förbehandling.',
    contact: {
      name: 'Henrik Gustafsson',
      email: 'henrik.gustafsson@ostertalje-pulverlack.example.se',
      phone: '08-465 004 24',
    },
    sites: [{ name: 'Lackeringen', streetAddress: 'Morabergsvägen 16, 152 42 Södertälje', municipalityCode: '0181' }],
  },
  {
    ref: 'co-016',
    name: 'Västberga Tryckeri AB',
    orgNumber: '556281-7824',
    profileId: 'printing-packaging',
    sniSection: 'C',
    sniDivision: '18',
    employeesBand: '50-249',
    website: 'https://vastberga-tryckeri.example.se',
    description:
      'Offset- och digitaltryck av förpackningar, kataloger och displayer. Stansning och limning i eget efterbehandlingsled.',
    contact: { name: 'Malin Sandberg', email: 'malin.sandberg@vastberga-tryckeri.example.se', phone: '08-465 004 25' },
    sites: [
      { name: 'Tryckeriet', streetAddress: 'Elektravägen 22, 126 30 Hägersten', municipalityCode: '0180' },
      { name: 'Lager Högdalen', streetAddress: 'Lagervägen 5, 124 54 Bandhagen', municipalityCode: '0180' },
    ],
  },
  {
    ref: 'co-017',
    name: 'Jordbro Återvinning AB',
    orgNumber: '556944-5173',
    profileId: 'recycling',
    sniSection: 'E',
    sniDivision: '38',
    employeesBand: '10-49',
    website: 'https://jordbro-atervinning.example.se',
    description:
      'Hämtar och sorterar verksamhetsavfall från företag i södra länet. Egen metallhandel, krossning av massor och balning av papper.',
    contact: { name: 'Tomas Blom', email: 'tomas.blom@jordbro-atervinning.example.se', phone: '08-465 004 26' },
    sites: [
      { name: 'Sorteringsanläggningen', streetAddress: 'Lagervägen 9, 136 50 Jordbro', municipalityCode: '0136' },
    ],
  },
  {
    ref: 'co-018',
    name: 'Tumba Svets & Smide AB',
    orgNumber: '556929-0652',
    profileId: 'welding',
    sniSection: 'C',
    sniDivision: '25',
    employeesBand: '1-9',
    website: 'https://tumba-svets.example.se',
    description: 'Svetsade stålkonstruktioner, trappor och räcken. Certifierade svetsare för EN 1090.',
    contact: { name: 'Daniel Olsson', email: 'daniel.olsson@tumba-svets.example.se', phone: '08-465 004 27' },
    sites: [{ name: 'Smedjan', streetAddress: 'Smidesvägen 5, 147 41 Tumba', municipalityCode: '0127' }],
  },
  {
    ref: 'co-019',
    name: 'Väsby Förpackningar AB',
    orgNumber: '556098-8791',
    profileId: 'printing-packaging',
    sniSection: 'C',
    sniDivision: '17',
    employeesBand: '50-249',
    website: 'https://vasby-forpackningar.example.se',
    description:
      'Tillverkar wellpapplådor och kartongförpackningar på beställning, från enstaka provlådor till stora serier.',
    contact: { name: 'Jenny Persson', email: 'jenny.persson@vasby-forpackningar.example.se', phone: '08-465 004 28' },
    sites: [
      { name: 'Fabriken', streetAddress: 'Johanneslundsvägen 12, 194 61 Upplands Väsby', municipalityCode: '0114' },
    ],
  },
  {
    ref: 'co-020',
    name: 'Rosersberg Lager & Distribution AB',
    orgNumber: '559467-7782',
    profileId: 'logistics',
    sniSection: 'H',
    sniDivision: '52',
    employeesBand: '250+',
    website: 'https://rosersberg-lager.example.se',
    description:
      'E-handels- och industrilogistik med 40 000 pallplatser, returhantering och dagliga linjer i hela Mälardalen.',
    contact: { name: 'Ali Haddad', email: 'ali.haddad@rosersberg-lager.example.se', phone: '08-465 004 29' },
    sites: [
      { name: 'Lagret i Rosersberg', streetAddress: 'Terminalvägen 14, 195 72 Rosersberg', municipalityCode: '0191' },
      {
        name: 'Cross dock Arlandastad',
        streetAddress: 'Transportvägen 2, 195 61 Arlandastad',
        municipalityCode: '0191',
      },
    ],
  },
  {
    ref: 'co-021',
    name: 'Kungsängens Gjuteri AB',
    orgNumber: '556210-0635',
    profileId: 'foundry',
    sniSection: 'C',
    sniDivision: '24',
    employeesBand: '10-49',
    website: 'https://kungsangens-gjuteri.example.se',
    description: 'Sand- och kokillgjutning i aluminium och mässing. Gjuter allt från pumphus till konstgjutning.',
    contact: { name: 'Mikael Larsson', email: 'mikael.larsson@kungsangens-gjuteri.example.se', phone: '08-465 004 30' },
    sites: [{ name: 'Gjuteriet', streetAddress: 'Mätarvägen 6, 196 37 Kungsängen', municipalityCode: '0139' }],
  },
  {
    ref: 'co-022',
    name: 'Rimbo Möbelsnickeri AB',
    orgNumber: '556600-8719',
    profileId: 'wood',
    sniSection: 'C',
    sniDivision: '31',
    employeesBand: '10-49',
    website: 'https://rimbo-mobelsnickeri.example.se',
    description:
      'Tillverkar möbler och butiksinredning i massivträ, laminat och MDF. CNC-fräsning, lackering och klädsel i egen regi.',
    contact: { name: 'Linnea Åberg', email: 'linnea.aberg@rimbo-mobelsnickeri.example.se', phone: '08-465 004 31' },
    sites: [{ name: 'Snickeriet', streetAddress: 'Industrivägen 11, 762 31 Rimbo', municipalityCode: '0188' }],
  },
  {
    ref: 'co-023',
    name: 'Skogås Kafferosteri AB',
    orgNumber: '556785-8419',
    profileId: 'coffee',
    sniSection: 'C',
    sniDivision: '10',
    employeesBand: '10-49',
    website: 'https://skogas-kafferosteri.example.se',
    description:
      'Rostar omkring 400 ton kaffe om året för kaféer, kontor och butiker. Köper direkt från kooperativ i Etiopien och Colombia.',
    contact: { name: 'Hanna Öberg', email: 'hanna.oberg@skogas-kafferosteri.example.se', phone: '08-465 004 32' },
    sites: [{ name: 'Rosteriet', streetAddress: 'Rostervägen 3, 142 43 Skogås', municipalityCode: '0126' }],
  },
  {
    ref: 'co-024',
    name: 'Sundbybergs Textil & Sömnad AB',
    orgNumber: '556631-3499',
    profileId: 'textiles',
    sniSection: 'C',
    sniDivision: '14',
    employeesBand: '10-49',
    website: 'https://sundbyberg-textil.example.se',
    description: 'Syr arbetskläder och profilkläder åt vård, industri och kommuner. Tillskärning på CNC-skärbord.',
    contact: { name: 'Maria Svensson', email: 'maria.svensson@sundbyberg-textil.example.se', phone: '08-465 004 33' },
    sites: [{ name: 'Syateljén', streetAddress: 'Landsvägen 50, 172 63 Sundbyberg', municipalityCode: '0183' }],
  },
  {
    ref: 'co-025',
    name: 'Vallentuna Maskinrenovering AB',
    orgNumber: '559023-0206',
    profileId: 'remanufacturing',
    sniSection: 'C',
    sniDivision: '33',
    employeesBand: '10-49',
    website: 'https://vallentuna-maskinrenovering.example.se',
    description:
      'Renoverar och eftermonterar styrsystem på svarvar, fräsar och pressar. Säljer begagnade maskiner med garanti.',
    contact: {
      name: 'Fredrik Berg',
      email: 'fredrik.berg@vallentuna-maskinrenovering.example.se',
      phone: '08-465 004 34',
    },
    sites: [{ name: 'Verkstaden', streetAddress: 'Moränvägen 8, 186 40 Vallentuna', municipalityCode: '0115' }],
  },
  {
    ref: 'co-026',
    name: 'Åkersberga Båtplast AB',
    orgNumber: '559652-0741',
    profileId: 'boats-composites',
    sniSection: 'C',
    sniDivision: '30',
    employeesBand: '10-49',
    website: 'https://akersberga-batplast.example.se',
    description: 'Bygger arbetsbåtar och reparerar fritidsbåtar i glasfiber. Vinterförvaring för 120 båtar.',
    contact: { name: 'Erik Nyström', email: 'erik.nystrom@akersberga-batplast.example.se', phone: '08-465 004 35' },
    sites: [{ name: 'Varvet', streetAddress: 'Näsvägen 16, 184 50 Åkersberga', municipalityCode: '0117' }],
  },
  {
    ref: 'co-027',
    name: 'Gustavsbergs Keramikverkstad AB',
    orgNumber: '559604-8081',
    profileId: 'ceramics-glass',
    sniSection: 'C',
    sniDivision: '23',
    employeesBand: '10-49',
    website: 'https://gustavsberg-keramik.example.se',
    description:
      'Drejar och gjuter servisgods och kakel i stengods och porslin. Två gasugnar och en elektrisk tunnelugn.',
    contact: { name: 'Ida Lindgren', email: 'ida.lindgren@gustavsberg-keramik.example.se', phone: '08-465 004 36' },
    sites: [{ name: 'Verkstaden', streetAddress: 'Odelbergs väg 5, 134 40 Gustavsberg', municipalityCode: '0120' }],
  },
  {
    ref: 'co-028',
    name: 'Ekerö Bageri & Konditori AB',
    orgNumber: '559402-2591',
    profileId: 'food',
    sniSection: 'C',
    sniDivision: '10',
    employeesBand: '10-49',
    website: 'https://ekero-bageri.example.se',
    description: 'Bakar surdegsbröd, fikabröd och tårtor åt kaféer och butiker på Mälaröarna och i västra Stockholm.',
    contact: { name: 'Emma Karlsson', email: 'emma.karlsson@ekero-bageri.example.se', phone: '08-465 004 37' },
    sites: [{ name: 'Bageriet', streetAddress: 'Bryggavägen 110, 178 31 Ekerö', municipalityCode: '0125' }],
  },
  {
    ref: 'co-029',
    name: 'Salems Mekaniska Verkstad AB',
    orgNumber: '556778-0902',
    profileId: 'machining',
    sniSection: 'C',
    sniDivision: '25',
    employeesBand: '10-49',
    website: 'https://salems-mekaniska.example.se',
    description:
      'Svarvning och fräsning av reservdelar och små serier, gärna i rostfritt och mässing. Familjeföretag sedan 1972.',
    contact: { name: 'Sara Johansson', email: 'sara.johansson@salems-mekaniska.example.se', phone: '08-465 004 38' },
    sites: [{ name: 'Verkstaden', streetAddress: 'Industrivägen 22, 144 30 Rönninge', municipalityCode: '0128' }],
  },
  {
    ref: 'co-030',
    name: 'Tyresö Kabel & Montage AB',
    orgNumber: '556814-2771',
    profileId: 'electronics',
    sniSection: 'C',
    sniDivision: '27',
    employeesBand: '10-49',
    website: 'https://tyreso-kabel.example.se',
    description: 'Kabelkonfektion, kabelstammar och montering av elskåp åt maskin- och fordonstillverkare.',
    contact: { name: 'Jonas Karlsson', email: 'jonas.karlsson@tyreso-kabel.example.se', phone: '08-465 004 39' },
    sites: [{ name: 'Monteringen', streetAddress: 'Lagervägen 3, 135 50 Tyresö', municipalityCode: '0138' }],
  },
  {
    ref: 'co-031',
    name: 'Nykvarns Fordonsdelar AB',
    orgNumber: '559684-9496',
    profileId: 'automotive',
    sniSection: 'C',
    sniDivision: '29',
    employeesBand: '250+',
    website: 'https://nykvarns-fordonsdelar.example.se',
    description:
      'Pressar, svetsar och bearbetar chassidetaljer till lastbilar och bussar. Sekvensleveranser till monteringslinor i Södertälje.',
    contact: { name: 'Anna Persson', email: 'anna.persson@nykvarns-fordonsdelar.example.se', phone: '08-465 004 40' },
    sites: [
      { name: 'Fabriken i Nykvarn', streetAddress: 'Centralvägen 14, 155 30 Nykvarn', municipalityCode: '0140' },
      {
        name: 'Sekvenslager Södertälje',
        streetAddress: 'Transportvägen 8, 151 38 Södertälje',
        municipalityCode: '0181',
      },
    ],
  },
  {
    ref: 'co-032',
    name: 'Vaxholms Segelmakeri AB',
    orgNumber: '559676-8621',
    profileId: 'textiles',
    sniSection: 'C',
    sniDivision: '13',
    employeesBand: '1-9',
    website: 'https://vaxholms-segelmakeri.example.se',
    description: 'Syr segel, kapell och dynor och lagar dem, även till arbetsfartyg och skärgårdsbåtar.',
    contact: { name: 'Karin Öberg', email: 'karin.oberg@vaxholms-segelmakeri.example.se', phone: '08-465 004 41' },
    sites: [{ name: 'Segelmakeriet', streetAddress: 'Rindövägen 5, 185 41 Vaxholm', municipalityCode: '0187' }],
  },
  {
    ref: 'co-033',
    name: 'Mörby Kalibrering AB',
    orgNumber: '556355-7650',
    profileId: 'lab',
    sniSection: 'M',
    sniDivision: '71',
    employeesBand: '1-9',
    website: 'https://morby-kalibrering.example.se',
    description: 'Kalibrerar mätdon, momentnycklar och tryckgivare och mäter detaljer i koordinatmätmaskin.',
    contact: { name: 'Per Andersson', email: 'per.andersson@morby-kalibrering.example.se', phone: '08-465 004 42' },
    sites: [{ name: 'Mätrummet', streetAddress: 'Enebybergsvägen 10, 182 36 Danderyd', municipalityCode: '0162' }],
  },
  {
    ref: 'co-034',
    name: 'Brista Datahall AB',
    orgNumber: '559120-8805',
    profileId: 'data-centre',
    sniSection: 'J',
    sniDivision: '63',
    employeesBand: '10-49',
    website: 'https://brista-datahall.example.se',
    description:
      'Serverhall på 6 MW för samlokalisering och molntjänster, med värmeåtervinning förberedd i kylsystemet.',
    contact: { name: 'Daniel Nilsson', email: 'daniel.nilsson@brista-datahall.example.se', phone: '08-465 004 43' },
    sites: [{ name: 'Datahallen', streetAddress: 'Norrbackavägen 30, 195 61 Märsta', municipalityCode: '0191' }],
  },
  {
    ref: 'co-035',
    name: 'Kallhälls Plaståtervinning AB',
    orgNumber: '556520-6595',
    profileId: 'plastics-recycling',
    sniSection: 'E',
    sniDivision: '38',
    employeesBand: '10-49',
    website: 'https://kallhalls-plastatervinning.example.se',
    description:
      'Mal, tvättar och regranulerar produktionsspill av PP och PE till regranulat för formsprutning och extrudering.',
    contact: {
      name: 'Amir Haddad',
      email: 'amir.haddad@kallhalls-plastatervinning.example.se',
      phone: '08-465 004 44',
    },
    sites: [{ name: 'Anläggningen', streetAddress: 'Stäketsvägen 31, 176 70 Järfälla', municipalityCode: '0123' }],
  },
  {
    ref: 'co-036',
    name: 'Flemingsbergs Kyllager AB',
    orgNumber: '559541-9507',
    profileId: 'logistics',
    sniSection: 'H',
    sniDivision: '52',
    employeesBand: '10-49',
    website: 'https://flemingsbergs-kyllager.example.se',
    description:
      'Kyl- och fryslager för livsmedel och läkemedel med 4 000 pallplatser och temperaturloggning dygnet runt.',
    contact: { name: 'Sofia Yilmaz', email: 'sofia.yilmaz@flemingsbergs-kyllager.example.se', phone: '08-465 004 45' },
    sites: [{ name: 'Kyllagret', streetAddress: 'Regulatorvägen 9, 141 49 Huddinge', municipalityCode: '0126' }],
  },
  {
    ref: 'co-037',
    name: 'Fittja Pallservice AB',
    orgNumber: '556299-4300',
    profileId: 'pallets',
    sniSection: 'C',
    sniDivision: '16',
    employeesBand: '10-49',
    website: 'https://fittja-pallservice.example.se',
    description: 'Köper upp, reparerar och säljer EUR-pallar och pallkragar. Hämtar med egen bil i hela södra länet.',
    contact: { name: 'Mikael Haddad', email: 'mikael.haddad@fittja-pallservice.example.se', phone: '08-465 004 46' },
    sites: [{ name: 'Pallgården', streetAddress: 'Slänguddsvägen 4, 145 65 Norsborg', municipalityCode: '0127' }],
  },
  {
    ref: 'co-038',
    name: 'Nacka 3D-teknik AB',
    orgNumber: '559256-4669',
    profileId: 'additive',
    sniSection: 'C',
    sniDivision: '32',
    employeesBand: '1-9',
    website: 'https://nacka-3dteknik.example.se',
    description:
      'SLS-printning i PA12, metallprintning i rostfritt och titan samt konstruktionsstöd för additiv tillverkning.',
    contact: { name: 'Elin Holm', email: 'elin.holm@nacka-3dteknik.example.se', phone: '08-465 004 47' },
    sites: [{ name: 'Printhallen', streetAddress: 'Värmdövägen 84, 131 37 Nacka', municipalityCode: '0182' }],
  },
  {
    ref: 'co-039',
    name: 'Ulvsunda Elektronikåtervinning AB',
    orgNumber: '556561-2727',
    profileId: 'electronics-recycling',
    sniSection: 'E',
    sniDivision: '38',
    employeesBand: '10-49',
    website: 'https://ulvsunda-elektronikatervinning.example.se',
    description:
      'Hämtar uttjänt IT och elektronik från företag, raderar data enligt standard och säljer vidare det som går att använda.',
    contact: {
      name: 'Oskar Demir',
      email: 'oskar.demir@ulvsunda-elektronikatervinning.example.se',
      phone: '08-465 004 48',
    },
    sites: [
      { name: 'Anläggningen i Bromma', streetAddress: 'Karlsbodavägen 30, 168 67 Bromma', municipalityCode: '0180' },
    ],
  },
  {
    ref: 'co-040',
    name: 'Nynäshamns Biogas AB',
    orgNumber: '559573-9722',
    profileId: 'biogas',
    sniSection: 'E',
    sniDivision: '38',
    employeesBand: '10-49',
    website: 'https://nynashamns-biogas.example.se',
    description:
      'Rötar matavfall och restprodukter från livsmedelsindustrin till fordonsgas. Biogödseln går till lantbruk på Södertörn.',
    contact: { name: 'Malin Eriksson', email: 'malin.eriksson@nynashamns-biogas.example.se', phone: '08-465 004 49' },
    sites: [{ name: 'Biogasanläggningen', streetAddress: 'Energivägen 7, 148 91 Ösmo', municipalityCode: '0192' }],
  },
  {
    ref: 'co-041',
    name: 'Lidingö Medicinteknik AB',
    orgNumber: '556645-2032',
    profileId: 'medtech',
    sniSection: 'C',
    sniDivision: '32',
    employeesBand: '10-49',
    website: 'https://lidingo-medicinteknik.example.se',
    description:
      'Tillverkar engångsinstrument och provtagningsartiklar för sjukvården, med renrumsmontering och sterilförpackning.',
    contact: {
      name: 'Henrik Sjöberg',
      email: 'henrik.sjoberg@lidingo-medicinteknik.example.se',
      phone: '08-465 004 50',
    },
    sites: [{ name: 'Fabriken på Lidingö', streetAddress: 'Stockbyvägen 6, 181 30 Lidingö', municipalityCode: '0186' }],
  },
];

// ───────────────────────────── Listing templates ─────────────────────────────

const FREE: PriceTendency = { model: 'free' };
const NEGOTIABLE: PriceTendency = { model: 'negotiable' };
const fixed = (min: number, max: number): PriceTendency => ({ model: 'fixed', sekPerUnit: [min, max] });
const removal = (min: number, max: number): PriceTendency => ({ model: 'pays_for_removal', sek: [min, max] });

type TemplateDefaults = Partial<Omit<ListingTemplate, 'categoryId' | 'side' | 'title' | 'description'>>;
type TemplateItem = TemplateDefaults & { side: 'offer' | 'need'; title: string; description: string };

const offer = (title: string, description: string, fields: TemplateDefaults = {}): TemplateItem => ({
  side: 'offer',
  title,
  description,
  ...fields,
});
const need = (title: string, description: string, fields: TemplateDefaults = {}): TemplateItem => ({
  side: 'need',
  title,
  description,
  ...fields,
});

// Per-category defaults keep each template down to what differs from its neighbours.
function templates(categoryId: string, defaults: TemplateDefaults, items: readonly TemplateItem[]): ListingTemplate[] {
  return items.map((item) => {
    const merged = { ...defaults, ...item };
    const { unit, quantity, frequencies, prices } = merged;
    if (!unit || !quantity || !frequencies || !prices) {
      throw new Error(`Template "${item.title}" (${categoryId}) needs unit, quantity, frequencies and prices`);
    }
    const template: ListingTemplate = {
      categoryId,
      side: item.side,
      title: item.title,
      description: item.description,
      unit,
      quantity,
      frequencies,
      prices,
    };
    if (merged.specs) template.specs = merged.specs;
    if (merged.ewcCode) template.ewcCode = merged.ewcCode;
    if (merged.condition) template.condition = merged.condition;
    if (merged.hazardous) template.hazardous = merged.hazardous;
    return template;
  });
}

const capacity = {
  unit: 'hours',
  frequencies: ['monthly', 'weekly', 'once'],
  prices: [NEGOTIABLE],
} as const satisfies TemplateDefaults;

export const listingTemplates: readonly ListingTemplate[] = [
  // ── Metals ──
  ...templates(
    'steel-offcuts',
    { unit: 'kg', quantity: [500, 6000], frequencies: ['monthly', 'quarterly'], prices: [fixed(1, 2.5), NEGOTIABLE] },
    [
      offer(
        'Restplåt i stål från laserskärning',
        'Skelett och restbitar av varmvalsad och kallvalsad stålplåt, 1–15 mm, från vår laser. Sorteras i egen container och är fria från olja och färg. Vi lastar på er bil med truck.',
        { specs: { Material: 'S235/S355', Tjocklek: '1–15 mm' } },
      ),
      offer(
        'Kapbitar av stålprofiler och rör',
        'Kapbitar av balk, vinkelstål och fyrkantsrör, 100–800 mm långa, från vår kapsåg. Många bitar duger för mindre konstruktioner. Står i pallbur och hämtas vardagar 7–15.',
        { quantity: [300, 2000], specs: { Längd: '100–800 mm' } },
      ),
      need(
        'Söker restbitar av stålplåt 3–8 mm',
        'Vi svetsar konsoler och fästplåtar och kan använda restbitar av stålplåt som är minst 200 × 200 mm. Hämtar själva i södra länet. Betalar efter vikt eller enligt överenskommelse.',
        { quantity: [200, 1500], frequencies: ['monthly', 'once'] },
      ),
      need(
        'Köper sorterat stålskrot löpande',
        'Vi tar emot rent, sorterat stålskrot från verkstäder och ställer ut container utan kostnad vid jämna volymer. Ersättning enligt dagspris på skrot minus frakt.',
        { quantity: [1000, 10000], frequencies: ['monthly'], ewcCode: '170405' },
      ),
    ],
  ),
  ...templates(
    'steel-swarf',
    {
      unit: 'kg',
      quantity: [800, 8000],
      frequencies: ['weekly', 'monthly'],
      prices: [fixed(0.6, 1.5), NEGOTIABLE],
      ewcCode: '120101',
    },
    [
      offer(
        'Stålspån från CNC-svarvning',
        'Svarvspån av automatstål och seghärdat stål från tre svarvar. Spånen centrifugeras så att skärvätskan avskiljs innan de tippas i container. Hämtning varannan vecka passar oss bäst.',
        { specs: { Material: 'Automatstål, 42CrMo4', Form: 'Korta spån' } },
      ),
      offer(
        'Frässpån av stål i tippcontainer',
        'Blandade frässpån av olegerat stål från fleroperationsmaskiner. Spånen är oljiga men inte blöta. Containern rymmer cirka 4 ton och byts när den är full.',
        { quantity: [2000, 5000] },
      ),
      need(
        'Tar emot stålspån för omsmältning',
        'Vi köper stålspån som är sorterade från aluminium och rostfritt. Spånen ska vara avrunna, helst centrifugerade. Vi ställer ut tippcontainer och hämtar när den är full.',
        { quantity: [2000, 20000], frequencies: ['monthly'] },
      ),
      need(
        'Stålspån sökes till gjuteri',
        'Vårt gjuteri kan ta in torra stålspån som en del av chargen. Oljehalten behöver vara under 2 procent. Leverans i container eller storsäck.',
        { quantity: [1000, 5000], frequencies: ['monthly', 'quarterly'] },
      ),
    ],
  ),
  ...templates(
    'stainless-offcuts',
    { unit: 'kg', quantity: [200, 3000], frequencies: ['monthly', 'quarterly'], prices: [fixed(8, 15), NEGOTIABLE] },
    [
      offer(
        'Rostfri restplåt 304 och 316',
        'Restbitar av rostfri plåt, 0,8–6 mm, sorterade i kvaliteterna 1.4301 och 1.4404. Skyddsfilmen sitter kvar på de flesta bitar. Vi väger och lastar på pall.',
        { specs: { Kvalitet: '1.4301 / 1.4404', Tjocklek: '0,8–6 mm' } },
      ),
      offer(
        'Kapbitar av rostfria rör',
        'Kapbitar av rostfria rör, diameter 12–76 mm, från räcken och livsmedelsutrustning. Längder från 200 mm. Säljs per parti i pallbur.',
        { quantity: [100, 800], specs: { Kvalitet: '1.4301', Diameter: '12–76 mm' } },
      ),
      need(
        'Rostfria restbitar sökes för småsvetsning',
        'Vi tillverkar fästen och beslag i rostfritt och behöver restplåt 2–5 mm i bitar från A4-storlek. Kvalitet 304 eller 316. Hämtar inom 30 km.',
        { quantity: [100, 800], frequencies: ['monthly', 'once'] },
      ),
      need(
        'Köper rostfritt skrot sorterat per kvalitet',
        'Vi betalar bättre för rostfritt som hålls isär per kvalitet, särskilt syrafast 316. Vi ställer ut märkta burar och hämtar efter avrop.',
        { quantity: [500, 5000], frequencies: ['monthly', 'quarterly'] },
      ),
    ],
  ),
  ...templates(
    'stainless-swarf',
    {
      unit: 'kg',
      quantity: [300, 3000],
      frequencies: ['monthly'],
      prices: [fixed(5, 10), NEGOTIABLE],
      ewcCode: '120101',
    },
    [
      offer(
        'Rostfria svarvspån, 316L',
        'Svarvspån av syrafast stål från tillverkning av ventildelar. Spånen hålls isär från övrigt material och centrifugeras. Cirka ett ton i månaden i tippcontainer.',
        { specs: { Kvalitet: '1.4404 (316L)' } },
      ),
      offer(
        'Blandade rostfria spån',
        'Fräs- och svarvspån av 304 och 316 från lönetillverkning. Inte sorterade mellan kvaliteterna men fria från kolstål. Hämtning efter avrop.',
        { quantity: [200, 1500], frequencies: ['monthly', 'quarterly'] },
      ),
      need(
        'Söker rostfria spån, sorterade',
        'Vi köper rostfria spån till omsmältning och betalar efter nickelhalt. Spånen får inte vara blandade med kolstål eller aluminium. Container ställs ut utan kostnad.',
        { quantity: [1000, 8000] },
      ),
      need(
        'Rostfria spån i storsäck',
        'Tar emot mindre mängder rostfria spån i storsäck från verkstäder i norra länet. Vi samlastar hämtningarna för att hålla nere transporterna.',
        { quantity: [200, 1000], frequencies: ['monthly', 'quarterly'] },
      ),
    ],
  ),
  ...templates(
    'aluminium-offcuts',
    { unit: 'kg', quantity: [200, 3000], frequencies: ['monthly', 'quarterly'], prices: [fixed(9, 17), NEGOTIABLE] },
    [
      offer(
        'Profilspill av aluminium 6060',
        'Kapspill från aluminiumprofiler, 50–600 mm långa, oanodiserade. Legeringen är 6060 och hålls isär från annat material. Ligger i pallbur som vi lastar med truck.',
        { specs: { Legering: '6060', Ytbehandling: 'Ingen' } },
      ),
      offer(
        'Restbitar av aluminiumplåt 5754',
        'Skelett och restbitar av aluminiumplåt, 1,5–5 mm, från laserskärning av kapslingar. Rena och torra. Säljs per pallbur eller i större partier.',
        { specs: { Legering: '5754', Tjocklek: '1,5–5 mm' } },
      ),
      offer(
        'Använda offsetplåtar i aluminium',
        'Förbrukade tryckplåtar i aluminium från offsettryck, staplade på pall. Plåtarna är tunna och rena från färg efter framkallning. Omkring 600 kg i månaden.',
        { quantity: [300, 900], frequencies: ['monthly'], specs: { Typ: 'Offsetplåt, 0,3 mm' } },
      ),
      need(
        'Söker rena aluminiumrester till omsmältning',
        'Vårt gjuteri tar in rena restbitar av känd legering, helst 6060, 6082 eller gjutlegeringar. Inga lackerade eller anodiserade delar. Vi betalar efter analys.',
        { quantity: [500, 5000], frequencies: ['monthly'] },
      ),
      need(
        'Aluminiumprofiler i restlängder sökes',
        'Vi bygger ställningar och vagnar och kan använda restlängder av aluminiumprofil från 1 meter. Både systemprofiler och fyrkantsrör är intressanta.',
        { quantity: [50, 400], frequencies: ['once', 'quarterly'], prices: [fixed(20, 40), NEGOTIABLE] },
      ),
    ],
  ),
  ...templates(
    'aluminium-swarf',
    {
      unit: 'kg',
      quantity: [300, 3000],
      frequencies: ['weekly', 'monthly'],
      prices: [fixed(5, 10), NEGOTIABLE],
      ewcCode: '120103',
    },
    [
      offer(
        'Aluminiumspån från CNC-fräsning, 6082',
        'Torra frässpån av 6082 från bearbetning av fästen och hus. Spånen centrifugeras och hålls isär från stål. Omkring 1,5 ton i månaden, i tippcontainer eller storsäck.',
        { specs: { Legering: '6082', Fukthalt: 'under 2 %' } },
      ),
      offer(
        'Blandade aluminiumspån',
        'Spån av flera aluminiumlegeringar från lönebearbetning, fria från stål och mässing. Spånen innehåller lite skärvätska. Hämtning efter överenskommelse.',
        { prices: [fixed(3, 7), NEGOTIABLE, FREE] },
      ),
      need(
        'Köper aluminiumspån, gärna brikettade',
        'Vi smälter om aluminiumspån och betalar extra för brikettat eller centrifugerat material. Legeringen ska vara känd. Vi hämtar i hela länet.',
        { quantity: [1000, 6000], frequencies: ['monthly'] },
      ),
      need(
        'Aluminiumspån sökes till gjutlegering',
        'Vi behöver spån av AlSi-legeringar till egna gjutlegeringar. Spånen ska vara torra och utan stålinblandning. Mindre mängder går bra.',
        { quantity: [200, 1500], frequencies: ['monthly', 'quarterly'] },
      ),
    ],
  ),
  ...templates(
    'copper-scrap',
    { unit: 'kg', quantity: [50, 600], frequencies: ['monthly', 'quarterly'], prices: [fixed(55, 85), NEGOTIABLE] },
    [
      offer(
        'Kopparskenor och kapbitar',
        'Kapbitar av kopparskenor och blank koppartråd från tillverkning av ställverk. Rena och utan isolering. Vägs vid hämtning.',
        { ewcCode: '170401', specs: { Kvalitet: 'Cu-ETP' } },
      ),
      offer(
        'Kopparspån och stansrester',
        'Stansrester och spån av koppar från kontaktdetaljer. Hålls isär från mässing. Ligger i plastfat om cirka 150 kg.',
        { ewcCode: '120103', quantity: [100, 400] },
      ),
      need(
        'Köper blank koppar och kopparrör',
        'Vi köper ren koppar till dagspris: skenor, rör och blank tråd. Hämtar från 100 kg eller tar emot på vår anläggning.',
        { quantity: [100, 2000] },
      ),
      need(
        'Kopparskrot sökes till gjuteri',
        'Vi legerar eget gjutbrons och behöver ren koppar utan lödtenn eller isolering. Analysintyg är ett plus.',
        { quantity: [200, 1000], frequencies: ['quarterly', 'once'] },
      ),
    ],
  ),
  ...templates(
    'brass-swarf',
    {
      unit: 'kg',
      quantity: [100, 1500],
      frequencies: ['monthly'],
      prices: [fixed(30, 50), NEGOTIABLE],
      ewcCode: '120103',
    },
    [
      offer(
        'Mässingsspån från automatsvarvar',
        'Spån av automatmässing CW614N från långsvarvar. Spånen centrifugeras och förvaras i plastfat. Omkring 600 kg i månaden.',
        { specs: { Legering: 'CW614N' } },
      ),
      offer(
        'Kapbitar och spån av mässing',
        'Blandat mässingsskrot från reservdelstillverkning: kapbitar, kasserade detaljer och spån. Fritt från stål. Säljs per parti.',
        { quantity: [50, 400], frequencies: ['quarterly', 'once'] },
      ),
      need(
        'Köper mässingsspån, även oljiga',
        'Vi köper mässingsspån och tar även oljiga spån, med avdrag för oljan. Fatet byts vid hämtning.',
        { quantity: [200, 2000] },
      ),
      need(
        'Mässing sökes till gjutning',
        'Vårt gjuteri tar in ren mässing till sandgjutning av ventilhus och beslag. Blyfria legeringar föredras.',
        { quantity: [300, 1500], frequencies: ['monthly', 'quarterly'] },
      ),
    ],
  ),
  ...templates(
    'mixed-metal-scrap',
    {
      unit: 'kg',
      quantity: [500, 5000],
      frequencies: ['monthly', 'quarterly'],
      prices: [fixed(0.5, 1.5), FREE, NEGOTIABLE],
      ewcCode: '200140',
    },
    [
      offer(
        'Blandat metallskrot från underhåll',
        'Blandat skrot från ombyggnad och underhåll: stålbalkar, plåtdetaljer, motorer och rör. Sorteras grovt i container. Hämtning när containern är full.',
      ),
      offer(
        'Kasserade detaljer och fixturer i metall',
        'Kasserade detaljer, gamla fixturer och reservdelar i stål och aluminium. Ligger i pallburar och måste bort före årsskiftet.',
        { frequencies: ['once'], quantity: [1000, 4000] },
      ),
      need(
        'Hämtar metallskrot hos företag',
        'Vi hämtar allt metallskrot, även blandat, och sorterar på vår anläggning. Ersättning efter fraktion och vikt. Container ställs ut utan kostnad.',
        { quantity: [1000, 10000] },
      ),
      need(
        'Söker metallskrot för sortering och vidareförsäljning',
        'Vi tar emot blandat metallskrot från verkstäder och bygg och sorterar det per metall. Mindre mängder kan lämnas direkt på vår anläggning.',
        { quantity: [300, 3000], prices: [FREE, NEGOTIABLE] },
      ),
    ],
  ),

  // ── Plastics ──
  ...templates(
    'plastic-pe-hd',
    {
      unit: 'kg',
      quantity: [300, 3000],
      frequencies: ['monthly'],
      prices: [fixed(1.5, 4), FREE, NEGOTIABLE],
      ewcCode: '070213',
    },
    [
      offer(
        'PE-HD-spill från formblåsning',
        'Rena rester och felblåsta dunkar i PE-HD, naturfärgade. Materialet mals inte hos oss utan säljs i oktabin. Cirka ett ton i månaden.',
        { specs: { Färg: 'Natur', Förpackning: 'Oktabin' } },
      ),
      offer(
        'Kasserade transportbackar i PE-HD',
        'Trasiga och utgående transportbackar i PE-HD, blå. Backarna är tömda och rengjorda. Staplade på pall.',
        { ewcCode: '150102', quantity: [200, 1000], frequencies: ['quarterly', 'once'], specs: { Färg: 'Blå' } },
      ),
      need(
        'Köper rent PE-HD-spill',
        'Vi mal och regranulerar PE-HD och köper rent produktionsspill sorterat per färg. Vi hämtar från 500 kg.',
        { quantity: [500, 5000] },
      ),
      need(
        'PE-HD sökes för extrudering',
        'Vi tillverkar rör och profiler och kan ta in rent PE-HD-spill av blåsgrad eller extruderingsgrad. Vi vill gärna ha ett datablad.',
        { quantity: [1000, 5000], frequencies: ['monthly', 'quarterly'] },
      ),
    ],
  ),
  ...templates(
    'plastic-pe-ld',
    {
      unit: 'kg',
      quantity: [200, 2000],
      frequencies: ['monthly'],
      prices: [fixed(0.5, 2), FREE, NEGOTIABLE],
      ewcCode: '070213',
    },
    [
      offer(
        'PE-LD-spill från påstillverkning',
        'Kantremsor och uppstartsspill av PE-LD från filmblåsning och påstillverkning. Rent och otryckt. Balas på plats.',
        { specs: { Tryck: 'Otryckt', Förpackning: 'Balar' } },
      ),
      offer(
        'Tryckt PE-LD-film, felproduktion',
        'Felproducerade rullar av tryckt PE-LD-film. Rullarna är hela och kan användas som skyddsfilm eller regranuleras.',
        { frequencies: ['once', 'quarterly'], quantity: [300, 1500] },
      ),
      need(
        'Köper PE-LD-spill, otryckt',
        'Vi regranulerar PE-LD och söker rent, otryckt spill från filmtillverkning och förpackning. Vi hämtar balat material.',
        { quantity: [500, 4000] },
      ),
      need(
        'PE-LD sökes för rotationsgjutning',
        'Vi kan använda malet PE-LD av känd kvalitet i rotationsgjutna produkter. Jämn färg är viktigare än lågt pris.',
        { quantity: [300, 1500], frequencies: ['monthly', 'quarterly'] },
      ),
    ],
  ),
  ...templates(
    'plastic-pp',
    {
      unit: 'kg',
      quantity: [300, 3000],
      frequencies: ['weekly', 'monthly'],
      prices: [fixed(2, 5), NEGOTIABLE],
      ewcCode: '070213',
    },
    [
      offer(
        'PP-spill från formsprutning, svart',
        'Ingjutningskanaler och kassationer i svart PP-homopolymer från formsprutning. Rent och sorterat per maskin. Levereras i oktabin på cirka 400 kg.',
        { specs: { Polymer: 'PP-H', Färg: 'Svart', MFI: '12' } },
      ),
      offer(
        'Malet PP-spill, natur',
        'Egenmalet PP-spill, naturfärgat, från tillverkning av lock. Storlek 6–8 mm. Säljs i storsäck.',
        { quantity: [500, 2000], specs: { Polymer: 'PP-copolymer', Kornstorlek: '6–8 mm' } },
      ),
      need(
        'Köper PP-produktionsspill sorterat per färg',
        'Vi regranulerar PP och köper rent produktionsspill. Spillet ska vara sorterat per färg och fritt från andra polymerer. Vi hämtar från 500 kg.',
        { quantity: [500, 5000] },
      ),
      need(
        'PP sökes till formsprutning av pallar',
        'Vi formsprutar plastpallar och kan använda malt PP-spill i alla färger. Spillet behöver vara fritt från metall.',
        { quantity: [2000, 10000], frequencies: ['monthly'] },
      ),
    ],
  ),
  ...templates(
    'plastic-pet',
    {
      unit: 'kg',
      quantity: [200, 2000],
      frequencies: ['monthly'],
      prices: [fixed(2, 6), FREE, NEGOTIABLE],
      ewcCode: '070213',
    },
    [
      offer(
        'PET-spill från termoformning',
        'Stansskelett av klar PET från termoformning av tråg. Materialet är rent och balas. Cirka 800 kg i månaden.',
        { specs: { Färg: 'Klar', Tjocklek: '0,3–0,5 mm' } },
      ),
      offer(
        'Kasserade PET-förpackningar, oanvända',
        'Oanvända blisterförpackningar i PET från en utgången artikel. Rena och i originalkartong. Säljs som ett parti.',
        { ewcCode: '150102', frequencies: ['once'], quantity: [300, 1200] },
      ),
      need(
        'Köper klar PET i balar',
        'Vi tar emot klar PET från förpackningsindustrin för återvinning till ny förpackning. Färgad PET tar vi i separata balar.',
        { quantity: [1000, 5000] },
      ),
      need(
        'PET sökes för fibertillverkning',
        'Vi söker rent PET-spill som kan bli polyesterfiber till fyllnad och filt. Jämn kvalitet och leveranser varje månad är viktigt.',
        { quantity: [500, 3000], frequencies: ['monthly'] },
      ),
    ],
  ),
  ...templates(
    'plastic-ps',
    { unit: 'm3', quantity: [5, 40], frequencies: ['monthly'], prices: [FREE, NEGOTIABLE], ewcCode: '150102' },
    [
      offer(
        'Frigolit från inkommande leveranser',
        'Vit EPS från förpackningar av komponenter. Ren och utan tejp. Samlas i storsäckar och tar mycket plats.',
        { specs: { Typ: 'EPS, vit' } },
      ),
      offer(
        'Spill av HIPS från vakuumformning',
        'Stansrester av HIPS från vakuumformning. Svart och vitt hålls isär. Säljs i kartong på pall.',
        { unit: 'kg', quantity: [200, 1000], ewcCode: '070213', prices: [fixed(1, 3), NEGOTIABLE] },
      ),
      need(
        'Tar emot ren EPS',
        'Vi komprimerar ren, vit EPS och återvinner den till isolering. Vi hämtar från 10 kubikmeter eller tar emot på vår anläggning.',
        { quantity: [10, 60] },
      ),
      need(
        'PS-spill sökes',
        'Vi köper rent spill av PS och HIPS sorterat per färg för regranulering. Inga förorenade förpackningar.',
        { unit: 'kg', quantity: [300, 2000], ewcCode: '070213', prices: [fixed(1, 3), NEGOTIABLE] },
      ),
    ],
  ),
  ...templates(
    'plastic-pvc',
    {
      unit: 'kg',
      quantity: [200, 2000],
      frequencies: ['monthly', 'quarterly'],
      prices: [FREE, NEGOTIABLE],
      ewcCode: '070213',
    },
    [
      offer(
        'PVC-spill från profilkapning',
        'Kapbitar av hård PVC från tillverkning av lister och profiler. Vita, rena och utan metall. Levereras i storsäck.',
        { specs: { Typ: 'Hård PVC', Färg: 'Vit' } },
      ),
      offer(
        'Kasserade PVC-rör',
        'Kapbitar och kasserade PVC-rör från tillverkning, 32–110 mm. Rörmärkningen är kvar. Hämtas i pallbur.',
        { ewcCode: '170203', quantity: [300, 1500] },
      ),
      need(
        'Tar emot ren hård PVC',
        'Vi återvinner hård PVC till nya profiler. Materialet ska vara rent och sorterat från mjuk PVC. Vi hämtar större mängder.',
        { quantity: [500, 3000] },
      ),
      need(
        'Söker PVC-matta för återvinning',
        'Vi samlar spill av PVC-golvmatta och tar emot rena rester från läggning och tillverkning.',
        { ewcCode: '170203', quantity: [200, 1500] },
      ),
    ],
  ),
  ...templates(
    'plastic-abs',
    {
      unit: 'kg',
      quantity: [200, 1500],
      frequencies: ['monthly'],
      prices: [fixed(3, 7), NEGOTIABLE],
      ewcCode: '070213',
    },
    [
      offer(
        'ABS-spill från formsprutning, vitt',
        'Ingjutningar och kassationer i vit ABS från tillverkning av elapparatkapslingar. Rent och sorterat. Oktabin på cirka 300 kg.',
        { specs: { Färg: 'Vit', Flamskydd: 'Nej' } },
      ),
      offer(
        'Malet ABS i blandade färger',
        'Malet ABS-spill i flera färger, lämpligt för svarta detaljer. Kornstorlek cirka 8 mm.',
        { quantity: [300, 1000], prices: [fixed(2, 5), NEGOTIABLE] },
      ),
      need(
        'Köper ABS-spill utan flamskydd',
        'Vi regranulerar ABS och söker rent spill utan flamskyddsmedel. Sortering per färg ger bättre pris.',
        { quantity: [300, 2000] },
      ),
      need(
        'ABS sökes till filamenttillverkning',
        'Vi tillverkar filament för 3D-skrivare och behöver rent ABS av en och samma kvalitet. Datablad behövs.',
        { quantity: [100, 500], frequencies: ['monthly', 'quarterly'] },
      ),
    ],
  ),
  ...templates(
    'plastic-pa',
    {
      unit: 'kg',
      quantity: [100, 1000],
      frequencies: ['monthly', 'quarterly'],
      prices: [fixed(4, 10), NEGOTIABLE],
      ewcCode: '070213',
    },
    [
      offer(
        'Glasfiberarmerad PA66, ingjutningar',
        'Ingjutningar och kassationer i PA66 med 30 % glasfiber, svart. Torrt och sorterat. Levereras i oktabin.',
        { specs: { Polymer: 'PA66-GF30', Färg: 'Svart' } },
      ),
      offer(
        'Använt PA12-pulver från SLS-printning',
        'Överblivet PA12-pulver som inte kan återanvändas i våra skrivare. Pulvret är siktat och förpackat i tunnor om 20 kg.',
        { quantity: [50, 300], specs: { Polymer: 'PA12', Form: 'Pulver' } },
      ),
      need(
        'Söker PA6- och PA66-spill',
        'Vi compounderar polyamid och köper rent spill, med eller utan glasfiber, sorterat per typ.',
        { quantity: [300, 2000] },
      ),
      need(
        'PA12-pulver sökes',
        'Vi testar använt PA12-pulver i formsprutade detaljer och tar gärna emot provpartier från SLS-printning.',
        { quantity: [50, 200], frequencies: ['once', 'quarterly'], prices: [FREE, NEGOTIABLE] },
      ),
    ],
  ),
  ...templates(
    'mixed-plastics',
    {
      unit: 'kg',
      quantity: [300, 3000],
      frequencies: ['monthly'],
      prices: [removal(800, 2500), FREE, NEGOTIABLE],
      ewcCode: '070213',
    },
    [
      offer(
        'Blandad hårdplast från produktion',
        'Blandat plastspill från formsprutning och montering: PP, ABS och PC i olika färger. Inte sorterat. Hämtas i container.',
      ),
      offer(
        'Blandade plastförpackningar från godsmottagning',
        'Plastförpackningar, band och skydd från inkommande leveranser. Torrt och fritt från matrester. Samlas i storsäck.',
        { ewcCode: '150102', quantity: [200, 1000] },
      ),
      need(
        'Tar emot blandad plast för sortering',
        'Vi sorterar blandad plast med NIR-teknik och tar emot rena blandfraktioner från industrin. Avgift beror på hur rent materialet är.',
        { quantity: [1000, 8000], prices: [FREE, NEGOTIABLE] },
      ),
      need(
        'Blandplast sökes till plankor',
        'Vi tillverkar plankor och stolpar av blandplast och tar emot rent blandspill från industrin. Mjukplast i mindre mängd går bra.',
        { quantity: [1000, 5000], prices: [FREE, NEGOTIABLE] },
      ),
    ],
  ),
  ...templates(
    'pp-regrind',
    { unit: 'kg', quantity: [500, 5000], frequencies: ['monthly'], prices: [fixed(8, 14), NEGOTIABLE] },
    [
      offer(
        'PP-regranulat, svart, MFI 12',
        'Regranulat av PP-copolymer från sorterat industrispill, svart. Jämn kvalitet med datablad för varje batch. Levereras i storsäck om 1 000 kg.',
        { specs: { Polymer: 'PP-C', Färg: 'Svart', MFI: '10–14' } },
      ),
      offer(
        'Malet PP, blandade färger',
        'Malet och tvättat PP från backar och lock, blandade färger. Lämpligt för svarta och grå detaljer.',
        { prices: [fixed(5, 9), NEGOTIABLE], specs: { Kornstorlek: '8 mm' } },
      ),
      need(
        'PP-regranulat sökes till formsprutning',
        'Vi vill ersätta en del av vår jungfruliga PP med regranulat. MFI 10–20, svart eller grå, med datablad. Cirka två ton i månaden.',
        { quantity: [1000, 3000] },
      ),
      need(
        'Söker malet PP till tekniska detaljer',
        'Vi testar malet PP i tekniska detaljer och behöver ett provparti för provgjutning, med möjlighet till löpande leveranser.',
        { quantity: [200, 1000], frequencies: ['once', 'monthly'] },
      ),
    ],
  ),
  ...templates(
    'pe-regrind',
    { unit: 'kg', quantity: [500, 5000], frequencies: ['monthly'], prices: [fixed(7, 13), NEGOTIABLE] },
    [
      offer(
        'PE-HD-regranulat, natur',
        'Regranulat av PE-HD från produktionsspill av dunkar och lock, naturfärgat. Datablad med MFI och densitet. Storsäck om 1 000 kg.',
        { specs: { Polymer: 'PE-HD', Färg: 'Natur' } },
      ),
      offer(
        'Regranulat av PE-LD från film',
        'PE-LD-regranulat från återvunnen sträckfilm, grå. Passar för sopsäckar och tjockare film.',
        { specs: { Polymer: 'PE-LD', Färg: 'Grå' } },
      ),
      need(
        'Regranulat av PE-HD sökes för rör',
        'Vi tillverkar kabelskyddsrör och kan använda PE-HD-regranulat med jämn MFI. Svart eller natur.',
        { quantity: [2000, 8000] },
      ),
      need(
        'Söker PE-regranulat till film',
        'Vi blåser film med upp till 50 % återvunnet material och söker PE-LD-regranulat med låg gelhalt.',
        { quantity: [1000, 5000] },
      ),
    ],
  ),
  ...templates(
    'other-regrind',
    { unit: 'kg', quantity: [200, 2000], frequencies: ['monthly', 'quarterly'], prices: [fixed(8, 20), NEGOTIABLE] },
    [
      offer(
        'ABS-regranulat, svart',
        'Regranulat av ABS från elektronikkapslingar, fritt från bromerade flamskyddsmedel. Svart. Datablad finns.',
        { specs: { Polymer: 'ABS', Färg: 'Svart' } },
      ),
      offer('PC/ABS-regranulat', 'Regranulat av PC/ABS från produktionsspill. Grått. Säljs i storsäck om 500 kg.', {
        specs: { Polymer: 'PC/ABS', Färg: 'Grå' },
      }),
      need(
        'Regranulat sökes för filament',
        'Vi tillverkar filament för 3D-skrivare och söker regranulat av PETG, ABS eller PLA med jämn kvalitet.',
        { quantity: [100, 500] },
      ),
      need(
        'Söker återvunnen PA eller POM',
        'Vi formsprutar tekniska detaljer och vill prova återvunnen PA6 eller POM. Behöver ett provparti på cirka 100 kg.',
        { frequencies: ['once'], quantity: [100, 300] },
      ),
    ],
  ),

  // ── Wood ──
  ...templates(
    'wood-offcuts',
    {
      unit: 'm3',
      quantity: [5, 30],
      frequencies: ['monthly', 'weekly'],
      prices: [FREE, NEGOTIABLE],
      ewcCode: '030105',
    },
    [
      offer(
        'Kapbitar av furu och gran',
        'Obehandlade kapbitar av konstruktionsvirke, 20–60 cm, från tillverkning av väggelement. Torra och förvarade inomhus. Hämtas i storsäck eller med flak.',
        { specs: { Träslag: 'Furu, gran', Behandling: 'Obehandlat' } },
      ),
      offer(
        'Spill av ek och ask från möbeltillverkning',
        'Restbitar av ek och ask i massivträ, 10–80 cm långa. Passar för småsnickerier, hobby och ved. Säljs per storsäck.',
        { unit: 'kg', quantity: [200, 1500], prices: [fixed(1, 3), FREE], specs: { Träslag: 'Ek, ask' } },
      ),
      need(
        'Söker kapbitar av lövträ till småprodukter',
        'Vi tillverkar skärbrädor och smådetaljer och behöver kapbitar av ek, björk eller bok, minst 25 cm långa och 20 mm tjocka. Hämtar själva.',
        { unit: 'kg', quantity: [100, 800], prices: [FREE, NEGOTIABLE] },
      ),
      need(
        'Tar emot rent träspill för flisning',
        'Vi flisar rent och obehandlat träspill till biobränsle. Inga målade eller impregnerade bitar. Container ställs ut.',
        { quantity: [10, 60] },
      ),
    ],
  ),
  ...templates(
    'sawdust',
    {
      unit: 'm3',
      quantity: [10, 60],
      frequencies: ['monthly', 'weekly'],
      prices: [FREE, fixed(40, 150)],
      ewcCode: '030105',
    },
    [
      offer(
        'Kutterspån från hyvling, torrt',
        'Torrt kutterspån av furu och gran från hyvelmaskinerna. Passar som strö till djur. Samlas i silo och lastas på er bil.',
        { specs: { Träslag: 'Furu, gran', Fukthalt: 'cirka 12 %' } },
      ),
      offer(
        'Sågspån och fint spån från CNC-fräsning',
        'Blandat spån från CNC-fräsning av massivträ och MDF. Sugs ut i container. Lämpar sig för bränsle men inte som strö.',
        { specs: { Innehåll: 'Massivträ och MDF' } },
      ),
      need(
        'Bokspån till rökning sökes',
        'Vi röker charkuterier och behöver rent spån av bok eller al utan lim och lack. Cirka en kubikmeter i månaden.',
        { quantity: [1, 3], prices: [fixed(200, 500), NEGOTIABLE] },
      ),
      need(
        'Söker torrt spån till pelletering',
        'Vi pelleterar spån och tar emot torra, rena fraktioner. Vi hämtar med bulkbil från 30 kubikmeter.',
        { quantity: [30, 100], prices: [FREE, fixed(40, 100)] },
      ),
    ],
  ),
  ...templates(
    'chipboard-mdf',
    {
      unit: 'kg',
      quantity: [300, 3000],
      frequencies: ['monthly', 'quarterly'],
      prices: [FREE, NEGOTIABLE],
      ewcCode: '030105',
    },
    [
      offer(
        'Restskivor av MDF och spånskiva',
        'Restskivor av MDF och melaminbelagd spånskiva, 16–22 mm, ofta större än 60 × 60 cm. Staplade på pall inomhus.',
        { specs: { Tjocklek: '16–22 mm' } },
      ),
      offer(
        'Plywood i restformat',
        'Björkplywood 12–18 mm i restformat efter nesting. Bitarna är upp till en halv skiva och staplas på pall.',
        {
          unit: 'pallets',
          quantity: [1, 5],
          prices: [fixed(300, 800), NEGOTIABLE],
          specs: { Material: 'Björkplywood' },
        },
      ),
      need(
        'Söker hela MDF-skivor i överskott',
        'Vi tillverkar butiksinredning och köper hela skivor eller stora restbitar av MDF och spånskiva från avslutade projekt.',
        { unit: 'pcs', quantity: [10, 100], prices: [fixed(80, 250), NEGOTIABLE] },
      ),
      need(
        'Plywood i restbitar sökes till båtinredning',
        'Vi behöver vattenfast plywood i restbitar till inredning av arbetsbåtar. Bitar från 40 × 40 cm.',
        { quantity: [100, 600], frequencies: ['once', 'quarterly'] },
      ),
    ],
  ),
  ...templates(
    'surplus-timber',
    { unit: 'm3', quantity: [2, 20], frequencies: ['once', 'quarterly'], prices: [fixed(1500, 3500), NEGOTIABLE] },
    [
      offer(
        'Överblivet konstruktionsvirke C24',
        'Överblivna reglar och plank i C24, 45 × 95 till 45 × 220, från ett avslutat husprojekt. Oanvänt och lagrat under tak.',
        { specs: { Hållfasthetsklass: 'C24' } },
      ),
      offer(
        'Limträbalkar i överlängd',
        'Limträbalkar som blev över efter en beställning, 90 × 315 mm i längder mellan 4 och 8 meter. Oskadade och inplastade.',
        {
          unit: 'pcs',
          quantity: [4, 20],
          prices: [fixed(1200, 3000), NEGOTIABLE],
          specs: { Dimension: '90 × 315 mm' },
        },
      ),
      need(
        'Söker överblivet virke till pallar',
        'Vi tillverkar specialpallar och kan använda överblivet plank och reglar i furu eller gran, gärna 22–50 mm tjocka.',
        { quantity: [5, 30], frequencies: ['monthly', 'once'], prices: [fixed(800, 1800), NEGOTIABLE] },
      ),
      need(
        'Virke sökes till båtvaggor',
        'Vi behöver grovt virke till båtvaggor inför vintersäsongen. Skadat eller kapat virke går bra.',
        { quantity: [2, 10], prices: [FREE, NEGOTIABLE] },
      ),
    ],
  ),

  // ── Paper and packaging ──
  ...templates(
    'cardboard',
    {
      unit: 't',
      quantity: [1, 8],
      frequencies: ['monthly', 'weekly'],
      prices: [fixed(300, 900), FREE],
      ewcCode: '150101',
    },
    [
      offer(
        'Balad wellpapp från godsmottagningen',
        'Wellpapp från inkommande leveranser, balad i vår balpress. Torr och fri från plast och frigolit. Ungefär fyra ton i månaden.',
        { specs: { Form: 'Balar om cirka 300 kg' } },
      ),
      offer(
        'Hela kartonger för återanvändning',
        'Hela, rena wellpappkartonger i standardstorlekar från inleveranser. Passar för omemballage och flyttar. Staplade platta på pall.',
        { unit: 'pallets', quantity: [1, 6], prices: [FREE, fixed(100, 300)] },
      ),
      offer(
        'Stansspill av wellpapp',
        'Stansspill och makulerade ark av wellpapp från vår lådtillverkning. Balas löpande och hämtas varje vecka.',
        { quantity: [3, 12], frequencies: ['weekly', 'monthly'] },
      ),
      need(
        'Söker begagnade kartonger till e-handel',
        'Vi packar om kaffe och tillbehör och kan använda hela, rena kartonger i mindre storlekar. Hämtar på pall.',
        { unit: 'pallets', quantity: [1, 4], prices: [FREE, NEGOTIABLE] },
      ),
      need(
        'Köper balad wellpapp',
        'Vi köper balad wellpapp och kartong till dagspris. Balarna ska vara torra och fria från plast. Hämtning från fem balar.',
        { quantity: [2, 20] },
      ),
    ],
  ),
  ...templates(
    'paper',
    { unit: 't', quantity: [1, 6], frequencies: ['monthly'], prices: [fixed(500, 1500), FREE], ewcCode: '200101' },
    [
      offer(
        'Makulatur och ändrullar från tryckeriet',
        'Makulatur, provtryck och ändrullar av obestruket och bestruket papper. Sorteras i container och hämtas varje månad.',
        { specs: { Sortering: 'Tryckt, blandat' } },
      ),
      offer(
        'Oanvända pappersrullar i restbredd',
        'Pappersrullar i restbredder efter skärning, 60–120 g. Obrukade och inplastade. Kan användas till emballage eller mindre tryckjobb.',
        { unit: 'kg', quantity: [300, 2000], frequencies: ['once', 'quarterly'], prices: [fixed(2, 6), NEGOTIABLE] },
      ),
      need(
        'Söker restrullar av papper',
        'Vi tillverkar papperspåsar och emballage och köper restrullar av kraftpapper och obestruket papper från 70 g.',
        { unit: 'kg', quantity: [500, 3000], prices: [fixed(2, 5), NEGOTIABLE] },
      ),
      need(
        'Köper sorterat returpapper',
        'Vi köper sorterat kontorspapper och tryckmakulatur. Vi ställer ut låsbara kärl och hämtar efter schema.',
        { quantity: [1, 10] },
      ),
    ],
  ),
  ...templates(
    'plastic-film',
    { unit: 'kg', quantity: [200, 1500], frequencies: ['monthly'], prices: [FREE, fixed(0.5, 1.5)], ewcCode: '150102' },
    [
      offer(
        'Sträckfilm från lastpallar, klar',
        'Använd sträckfilm från inkommande pallar, klar och utan etiketter. Samlas i säckar och balas när vi har en full bal.',
        { specs: { Typ: 'PE-LLD, klar' } },
      ),
      offer(
        'Blandad plastfilm och krympfilm',
        'Blandad plastfilm från godsmottagning och packning, mest klar sträckfilm och krympfilm men även tryckt film. Balas.',
        { quantity: [300, 2000] },
      ),
      need(
        'Köper klar sträckfilm i balar',
        'Vi återvinner klar PE-film till regranulat och hämtar balar från 500 kg. Tryckt och färgad film ska hållas isär.',
        { quantity: [500, 3000] },
      ),
      need(
        'Tar emot plastfilm från industri och lager',
        'Vi tar emot ren plastfilm från industri och lager, även blandat klar och färgad. Ingen avgift för rena balar.',
        { quantity: [300, 2000], prices: [FREE] },
      ),
    ],
  ),
  ...templates(
    'pallets',
    {
      unit: 'pcs',
      quantity: [20, 300],
      frequencies: ['monthly', 'weekly'],
      prices: [fixed(40, 110), FREE, NEGOTIABLE],
      ewcCode: '150103',
    },
    [
      offer(
        'Begagnade EUR-pallar',
        'EUR-pallar i klass A och B från inleveranser. Sorterade och staplade om 15. Trasiga pallar lägger vi åt sidan.',
        { specs: { Typ: 'EUR-pall 1200 × 800', Klass: 'A/B' } },
      ),
      offer(
        'Engångspallar och specialpallar',
        'Engångspallar i varierande mått från leverantörer i Asien. Hela men inte standardmått. Gratis mot hämtning.',
        { prices: [FREE], specs: { Typ: 'Engångspall, blandade mått' } },
      ),
      offer(
        'Pallkragar, begagnade',
        'Begagnade pallkragar i trä, 1200 × 800, staplade på pall. De flesta är hela, några saknar gångjärn.',
        { quantity: [20, 100], prices: [fixed(20, 45), NEGOTIABLE], specs: { Typ: 'Pallkrage 1200 × 800' } },
      ),
      need(
        'Köper begagnade EUR-pallar',
        'Vi köper EUR-pallar i alla klasser och hämtar från 50 stycken i hela länet. Pris efter klass och antal.',
        { quantity: [50, 500], prices: [fixed(30, 80), NEGOTIABLE] },
      ),
      need(
        'Söker pallar till utleveranser',
        'Vi behöver hela pallar, gärna EUR-pallar, till våra utleveranser. Löpande behov på cirka 200 i månaden.',
        { quantity: [100, 300], frequencies: ['monthly'] },
      ),
    ],
  ),
  ...templates(
    'ibc-containers',
    { unit: 'pcs', quantity: [5, 40], frequencies: ['monthly', 'quarterly'], prices: [fixed(250, 700), NEGOTIABLE] },
    [
      offer(
        'Tömda IBC-behållare, ej rengjorda',
        'IBC-behållare på 1 000 liter som innehållit avfettningsmedel. Tömda men inte rengjorda, och därför farligt avfall tills de tvättats. Hämtas av mottagare med tillstånd.',
        {
          ewcCode: '150110',
          prices: [removal(500, 2000), NEGOTIABLE],
          specs: { Volym: '1 000 l', 'Tidigare innehåll': 'Alkaliskt avfettningsmedel' },
        },
      ),
      offer(
        'Rengjorda IBC-behållare, livsmedelsklassade',
        'IBC-behållare som innehållit glukossirap, sköljda med hetvatten. Ventilerna fungerar och burarna är hela.',
        { specs: { Volym: '1 000 l', 'Tidigare innehåll': 'Glukossirap' } },
      ),
      need(
        'Söker rengjorda IBC-behållare',
        'Vi behöver rengjorda IBC-behållare på 1 000 liter för vattenlagring. Burarna ska vara hela och ventilen täta.',
        { quantity: [5, 20] },
      ),
      need(
        'Köper IBC-behållare för rekonditionering',
        'Vi tar emot tömda IBC-behållare, även orengjorda, för tvätt och rekonditionering. Vi har tillstånd för farligt avfall.',
        { quantity: [20, 100], ewcCode: '150110', prices: [FREE, NEGOTIABLE] },
      ),
    ],
  ),
  ...templates(
    'drums-canisters',
    {
      unit: 'pcs',
      quantity: [10, 80],
      frequencies: ['monthly', 'quarterly'],
      prices: [fixed(30, 150), FREE, NEGOTIABLE],
      ewcCode: '150104',
    },
    [
      offer(
        'Tomma plåtfat 200 liter',
        'Tömda och avrunna 200-litersfat i plåt som innehållit mineralolja. Lock finns. Räknas som förorenade förpackningar tills de rengjorts.',
        {
          ewcCode: '150110',
          prices: [removal(300, 1200), NEGOTIABLE],
          specs: { Volym: '200 l', 'Tidigare innehåll': 'Mineralolja' },
        },
      ),
      offer(
        'Plastdunkar 25 liter, rengjorda',
        'Rengjorda 25-litersdunkar i PE-HD med lock. Har innehållit milda rengöringsmedel. Staplade i pallbur.',
        { ewcCode: '150102', quantity: [50, 300], specs: { Volym: '25 l' } },
      ),
      need(
        'Söker rengjorda fat och dunkar',
        'Vi fyller egna produkter och kan återanvända rengjorda plastdunkar och fat. Tidigare innehåll måste anges.',
        { quantity: [50, 200] },
      ),
      need(
        'Plåtfat sökes till fatgrillar och förvaring',
        'Vi bygger om plåtfat till förvaring och grillar och söker tomma fat utan farliga rester.',
        { quantity: [10, 40], prices: [FREE, NEGOTIABLE] },
      ),
    ],
  ),

  // ── Glass ──
  ...templates(
    'glass-cullet',
    {
      unit: 'kg',
      quantity: [500, 4000],
      frequencies: ['monthly'],
      prices: [FREE, removal(500, 1500)],
      ewcCode: '150107',
    },
    [
      offer(
        'Glaskross från tappningen',
        'Krossade och felaktiga flaskor från tappningen, brunt och klart glas i separata kärl. Fritt från kapsyler.',
        { specs: { Färg: 'Brunt och klart, separat' } },
      ),
      offer(
        'Kasserat glas från produktionen',
        'Kasserade glasdetaljer och kross från vår glasverkstad, klart och rent. Samlas i plastbackar.',
        { ewcCode: '101112', quantity: [200, 1000], frequencies: ['quarterly', 'monthly'] },
      ),
      need(
        'Söker rent glaskross till smältning',
        'Vi tar in rent, färgsorterat glaskross till vår ugn. Inga keramik- eller porslinsbitar.',
        { quantity: [200, 2000], prices: [FREE, NEGOTIABLE] },
      ),
      need(
        'Tar emot förpackningsglas',
        'Vi hämtar förpackningsglas från industri och restauranger och levererar vidare till glasåtervinning.',
        { quantity: [1000, 6000], prices: [FREE] },
      ),
    ],
  ),
  ...templates(
    'flat-glass',
    {
      unit: 'kg',
      quantity: [200, 2000],
      frequencies: ['monthly', 'quarterly'],
      prices: [FREE, NEGOTIABLE],
      ewcCode: '170202',
    },
    [
      offer(
        'Planglasspill från tillskärning',
        'Spill av float- och härdat glas från tillskärning. Rent och utan ramar. Samlas i glasbock.',
        { specs: { Typ: 'Floatglas', Tjocklek: '4–10 mm' } },
      ),
      offer(
        'Hela glasrutor från felbeställning',
        'Hela isolerrutor som blev fel i mått. Oskadade och förvarade inomhus. Mått enligt lista.',
        { unit: 'pcs', quantity: [5, 40], frequencies: ['once'], prices: [fixed(200, 800), NEGOTIABLE] },
      ),
      need(
        'Söker glasrutor i restformat',
        'Vi bygger växthus och odlingslådor och kan använda hela glasrutor i restformat, gärna härdat glas.',
        { unit: 'pcs', quantity: [10, 50] },
      ),
      need(
        'Planglas sökes till glaskonst',
        'Vår verkstad smälter och formar planglas och behöver rent floatglas i bitar från 20 × 20 cm.',
        { quantity: [50, 300], frequencies: ['quarterly', 'once'] },
      ),
    ],
  ),

  // ── Textiles ──
  ...templates(
    'textile-offcuts',
    { unit: 'kg', quantity: [50, 600], frequencies: ['monthly'], prices: [FREE, NEGOTIABLE], ewcCode: '040222' },
    [
      offer(
        'Tygspill från tillskärning av arbetskläder',
        'Spill av polyester/bomull från CNC-tillskärning. Bitarna är upp till 40 × 60 cm och sorteras per färg.',
        { specs: { Material: '65 % polyester, 35 % bomull' } },
      ),
      offer(
        'Restbalar av möbeltyg',
        'Restbalar och stuvbitar av möbeltyg i ull och polyester, 1–8 meter per bit. Felfria.',
        { quantity: [20, 200], frequencies: ['once', 'quarterly'], prices: [fixed(20, 60), NEGOTIABLE] },
      ),
      need(
        'Söker tygrester till redesign',
        'Vi syr väskor och accessoarer av restmaterial och vill ha tygbitar från 50 × 50 cm, gärna slitstarka kvaliteter.',
        { quantity: [20, 200] },
      ),
      need(
        'Möbeltyg i restlängder sökes',
        'Vi klär om stolar och behöver möbeltyg i restlängder på minst 2 meter. Jämn kvalitet är viktigare än färg.',
        { quantity: [20, 100], prices: [fixed(20, 60), NEGOTIABLE] },
      ),
    ],
  ),
  ...templates(
    'workwear-textiles',
    {
      unit: 'kg',
      quantity: [100, 800],
      frequencies: ['quarterly', 'once'],
      prices: [FREE, NEGOTIABLE],
      ewcCode: '200110',
    },
    [
      offer(
        'Utrangerade arbetskläder',
        'Tvättade arbetsbyxor och jackor som tagits ur bruk efter profilbyte. Logotyper sitter kvar. Packade i kartong.',
        { specs: { Skick: 'Tvättade, slitna' } },
      ),
      offer(
        'Varselkläder med gammal logotyp',
        'Oanvända varselvästar och jackor med utgången logotyp. Hela och i originalförpackning.',
        { unit: 'pcs', quantity: [50, 400], frequencies: ['once'], condition: 'Oanvända' },
      ),
      need(
        'Söker begagnade arbetskläder för återbruk',
        'Vi reparerar och säljer begagnade arbetskläder och tar emot tvättade plagg i alla storlekar.',
        { quantity: [100, 1000] },
      ),
      need(
        'Textil sökes till torkdukar',
        'Vi klipper torkdukar av bomullstextil och behöver rena, tvättade plagg eller lakan.',
        { quantity: [200, 1000], frequencies: ['monthly', 'quarterly'], prices: [fixed(1, 4), FREE] },
      ),
    ],
  ),
  ...templates(
    'textile-fibres',
    {
      unit: 'kg',
      quantity: [50, 500],
      frequencies: ['monthly', 'quarterly'],
      prices: [FREE, NEGOTIABLE],
      ewcCode: '040221',
    },
    [
      offer(
        'Jutesäckar från råkaffe',
        'Tomma jutesäckar från råkaffe, ungefär 70 × 100 cm. Skakade men inte tvättade. Passar för odling, dekor och emballage.',
        { unit: 'pcs', quantity: [200, 1000], specs: { Material: 'Jute' } },
      ),
      offer(
        'Glasfibermatta i restbitar',
        'Restbitar av glasfibermatta och väv från båtbygge. Obrukade men utanför datum för vår produktion.',
        { ewcCode: '040209', quantity: [50, 300], frequencies: ['once', 'quarterly'] },
      ),
      need(
        'Söker glasfiberväv och matta',
        'Vi reparerar båtar och kan använda restbitar av glasfibermatta och väv som är förvarade torrt.',
        { ewcCode: '040209', quantity: [20, 200] },
      ),
      need(
        'Fibrer sökes till isolering',
        'Vi tillverkar isolerskivor av textilfiber och tar emot rena fiberrester av bomull, ull och polyester.',
        { quantity: [500, 3000] },
      ),
    ],
  ),

  // ── Minerals and construction materials ──
  ...templates(
    'concrete',
    {
      unit: 't',
      quantity: [20, 300],
      frequencies: ['monthly', 'once'],
      prices: [FREE, fixed(40, 120)],
      ewcCode: '101314',
    },
    [
      offer(
        'Kasserade betongelement',
        'Kasserade väggelement och håldäck med skador eller fel mått. Armerade. Kan krossas eller användas som de är i enklare konstruktioner.',
        { unit: 'pcs', quantity: [5, 40], prices: [FREE, NEGOTIABLE], specs: { Typ: 'Väggelement, håldäck' } },
      ),
      offer(
        'Betongkross 0–32 mm',
        'Krossad och siktad betong, 0–32 mm, från egna kasserade element. Armeringen är utsorterad. Lämpar sig som förstärkningslager.',
        { ewcCode: '170101', specs: { Fraktion: '0–32 mm' } },
      ),
      need(
        'Söker betongkross till markarbeten',
        'Vi behöver betongkross 0–32 eller 0–63 till uppställningsytor. Krossen ska vara fri från trä och plast.',
        { quantity: [100, 500], frequencies: ['once'], ewcCode: '170101' },
      ),
      need(
        'Tar emot betong för krossning',
        'Vi tar emot ren betong, även armerad, till vår kross. Avgift efter sortering och storlek.',
        { ewcCode: '170101', quantity: [50, 500], prices: [FREE, NEGOTIABLE] },
      ),
    ],
  ),
  ...templates(
    'aggregates',
    {
      unit: 't',
      quantity: [50, 500],
      frequencies: ['once', 'monthly'],
      prices: [fixed(60, 180), NEGOTIABLE],
      ewcCode: '170504',
    },
    [
      offer(
        'Överskottsmassor av sprängsten',
        'Sprängsten från tomtarbete, cirka 300 ton. Ren och sorterad från jord. Kan krossas på plats.',
        { frequencies: ['once'], prices: [FREE, NEGOTIABLE] },
      ),
      offer(
        'Sorterad ballast 8–16 mm',
        'Sorterad och tvättad ballast från vår återvinningsanläggning. Lämplig till dränering och betong av enklare kvalitet.',
        { ewcCode: '191209', specs: { Fraktion: '8–16 mm' } },
      ),
      need(
        'Söker ballast till betongtillverkning',
        'Vi blandar betong och kan ersätta en del av naturgruset med återvunnen ballast med dokumenterad kvalitet.',
        { quantity: [200, 1000], frequencies: ['monthly'] },
      ),
      need(
        'Fyllnadsmassor sökes',
        'Vi behöver rena fyllnadsmassor till en utbyggnad av vår gård. Jord och sten utan föroreningar.',
        { quantity: [300, 1500], frequencies: ['once'], prices: [FREE, NEGOTIABLE] },
      ),
    ],
  ),
  ...templates(
    'plasterboard',
    {
      unit: 'kg',
      quantity: [500, 4000],
      frequencies: ['monthly'],
      prices: [FREE, removal(600, 2000)],
      ewcCode: '170802',
    },
    [
      offer(
        'Gipsspill från tillskärning',
        'Rent gipsspill från tillskärning av väggelement i fabrik. Utan färg, spackel eller skruv. Samlas i container.',
      ),
      offer(
        'Hela gipsskivor i överskott',
        'Hela gipsskivor, 13 mm standard, som blev över efter en beställning. Lagrade torrt på pall.',
        { unit: 'pallets', quantity: [1, 4], frequencies: ['once'], prices: [fixed(800, 2000), NEGOTIABLE] },
      ),
      need(
        'Tar emot rent gipsspill',
        'Vi samlar rent gipsspill för återvinning till nya skivor. Spillet måste vara torrt och fritt från annat material.',
        { quantity: [1000, 8000], prices: [FREE, NEGOTIABLE] },
      ),
      need(
        'Söker hela gipsskivor',
        'Vi bygger om en kontorsdel och kan använda hela gipsskivor i överskott. Hämtar själva.',
        { unit: 'pcs', quantity: [20, 100], frequencies: ['once'], prices: [fixed(30, 80), NEGOTIABLE] },
      ),
    ],
  ),
  ...templates(
    'bricks-ceramics',
    { unit: 'pcs', quantity: [500, 5000], frequencies: ['once', 'quarterly'], prices: [fixed(2, 8), NEGOTIABLE] },
    [
      offer(
        'Kasserat kakel och servisgods',
        'Kakel och servisgods med mindre glasyrfel. Mycket är fullt användbart. Säljs per pall.',
        { unit: 'pallets', quantity: [1, 5], ewcCode: '101208', prices: [fixed(200, 600), FREE] },
      ),
      offer(
        'Begagnat tegel från rivning',
        'Rengjort massivtegel från rivning av en verkstadsbyggnad från 1940-talet. Staplat på pall, cirka 400 per pall.',
        { ewcCode: '170102', specs: { Typ: 'Massivtegel, rött' } },
      ),
      need(
        'Söker begagnat tegel',
        'Vi renoverar en äldre industrilokal och vill matcha befintligt rött massivtegel. Behöver cirka 3 000 stycken.',
        { frequencies: ['once'], quantity: [1000, 4000] },
      ),
      need(
        'Tar emot tegel och keramik för krossning',
        'Vi krossar tegel och keramik till ballast och tar emot rena fraktioner utan gips och isolering.',
        { unit: 't', quantity: [10, 100], ewcCode: '170102', prices: [FREE, NEGOTIABLE] },
      ),
    ],
  ),
  ...templates(
    'insulation',
    {
      unit: 'm3',
      quantity: [5, 40],
      frequencies: ['once', 'quarterly'],
      prices: [FREE, NEGOTIABLE],
      ewcCode: '170604',
    },
    [
      offer(
        'Mineralull i brutna paket',
        'Stenull i öppnade eller skadade paket från elementtillverkningen. Materialet är torrt och oanvänt.',
        { specs: { Typ: 'Stenull, 45–195 mm' } },
      ),
      offer(
        'Spill av cellplastisolering',
        'Restbitar av EPS- och XPS-skivor från tillskärning av sockelelement. Rena och torra.',
        { unit: 'pallets', quantity: [1, 6] },
      ),
      need(
        'Söker isolering i överskott',
        'Vi bygger om ett lager och kan använda överbliven mineralull och cellplast i hela paket.',
        { quantity: [5, 30] },
      ),
      need(
        'Isolering sökes till fritidshus',
        'Vi tillverkar fritidshus i fabrik och tar gärna överskott av mineralull i standardtjocklekar.',
        { unit: 'pallets', quantity: [2, 10], prices: [fixed(300, 900), NEGOTIABLE] },
      ),
    ],
  ),
  ...templates(
    'foundry-sand',
    {
      unit: 't',
      quantity: [5, 40],
      frequencies: ['monthly', 'quarterly'],
      prices: [FREE, removal(1000, 4000)],
      ewcCode: '101008',
    },
    [
      offer(
        'Använd formsand från aluminiumgjuteri',
        'Bentonitbunden formsand som inte längre kan regenereras hos oss. Analys visar låga halter av metaller. Lagras i fack under tak.',
        { specs: { Bindemedel: 'Bentonit' } },
      ),
      offer(
        'Kärnsand och kasserade kärnor',
        'Krossade kasserade kärnor och kärnsand med furanbindemedel. Analys finns.',
        { quantity: [2, 15], specs: { Bindemedel: 'Furanharts' } },
      ),
      need(
        'Söker gjutsand som ballast',
        'Vi testar använd formsand som delersättning för sand i betongprodukter. Analysintyg krävs.',
        { quantity: [10, 60], prices: [FREE, NEGOTIABLE] },
      ),
      need(
        'Tar emot gjutsand till markbyggnad',
        'Vi tar emot analyserad gjutsand som fyllnadsmaterial i anläggningsprojekt med godkänd anmälan.',
        { quantity: [20, 200], prices: [FREE, NEGOTIABLE] },
      ),
    ],
  ),

  // ── Chemicals and oils ──
  ...templates(
    'solvents',
    {
      unit: 'l',
      quantity: [200, 2000],
      frequencies: ['monthly', 'quarterly'],
      prices: [removal(1500, 6000), NEGOTIABLE],
      ewcCode: '140603',
    },
    [
      offer(
        'Använd aceton från formtvätt',
        'Förorenad aceton från rengöring av formar och verktyg i båtbygget. Lagras i 200-litersfat. Lämpar sig för destillation.',
        { ewcCode: '070104', specs: { Innehåll: 'Aceton med polyesterrester' } },
      ),
      offer(
        'Tvättlösningsmedel från tryckpressarna',
        'Använt tvättmedel från offsetpressarna, blandat med färgrester. Cirka 800 liter i kvartalet i fat.',
        { frequencies: ['quarterly'], quantity: [400, 1200] },
      ),
      offer(
        'Oöppnad isopropanol i överskott',
        'Tolv fat isopropanol, 99 %, som blev över efter en avslutad produkt. Oöppnade och inom hållbarhetstid.',
        {
          unit: 'l',
          quantity: [1000, 2500],
          frequencies: ['once'],
          prices: [fixed(8, 15), NEGOTIABLE],
          hazardous: true,
          specs: { Renhet: '99 %' },
        },
      ),
      need(
        'Söker förorenade lösningsmedel för destillation',
        'Vi destillerar aceton, etanol och isopropanol och tar emot förorenade lösningsmedel från industrin. Vi har tillstånd och ADR-transport.',
        { quantity: [500, 5000], prices: [NEGOTIABLE, FREE] },
      ),
      need(
        'Regenererad aceton sökes',
        'Vi använder aceton till formtvätt och vill köpa regenererad aceton med minst 98 % renhet.',
        { quantity: [200, 1000], prices: [fixed(9, 16), NEGOTIABLE], hazardous: true },
      ),
    ],
  ),
  ...templates(
    'mineral-oil',
    {
      unit: 'l',
      quantity: [200, 2000],
      frequencies: ['quarterly', 'monthly'],
      prices: [FREE, removal(500, 2500)],
      ewcCode: '130205',
    },
    [
      offer(
        'Spillolja från maskinservice',
        'Använd smörj- och växellådsolja från service av bearbetningsmaskiner. Fri från vatten och lösningsmedel. Lagras i 1 000-liters tank.',
        { specs: { Typ: 'Mineralbaserad, oklorerad' } },
      ),
      offer(
        'Hydraulolja från maskinbyte',
        'Hydraulolja som tappats ur pressar inför ombyggnad. Ren, ingen vatteninblandning enligt analys.',
        { ewcCode: '130110', frequencies: ['once'], quantity: [500, 3000] },
      ),
      need(
        'Hämtar spillolja för regenerering',
        'Vi hämtar spillolja från verkstäder och industri för raffinering till ny basolja. Ingen avgift för oljor utan vatten.',
        { quantity: [500, 5000], prices: [FREE] },
      ),
      need(
        'Söker renad hydraulolja',
        'Vi renoverar hydraulsystem och kan använda filtrerad hydraulolja med känd renhetsklass.',
        { ewcCode: '130110', quantity: [200, 1000], prices: [fixed(8, 15), NEGOTIABLE] },
      ),
    ],
  ),
  ...templates(
    'cutting-fluids',
    {
      unit: 'l',
      quantity: [1000, 8000],
      frequencies: ['quarterly', 'monthly'],
      prices: [removal(1500, 5000), NEGOTIABLE],
      ewcCode: '120109',
    },
    [
      offer(
        'Förbrukad skärvätska från maskinbyte',
        'Förbrukad vattenbaserad skärvätska, cirka 5 %, från byte i tolv maskiner. Samlas i IBC och hämtas av mottagare med tillstånd.',
        { specs: { Typ: 'Halogenfri emulsion' } },
      ),
      offer(
        'Emulsion från tvättmaskin',
        'Oljehaltigt tvättvatten och emulsion från detaljtvätt. Lagras i tank och töms en gång i kvartalet.',
        { ewcCode: '130105', frequencies: ['quarterly'] },
      ),
      need(
        'Tar emot skärvätska för rening',
        'Vi tar emot förbrukade skärvätskor och emulsioner, separerar oljan och renar vattnet. Tillstånd för farligt avfall.',
        { quantity: [2000, 20000], prices: [NEGOTIABLE] },
      ),
      need(
        'Söker tjänst som förlänger skärvätskans livslängd',
        'Vi vill hitta någon som filtrerar och justerar vår skärvätska på plats så att vi byter mer sällan. Tolv maskiner.',
        { quantity: [1000, 5000], frequencies: ['monthly'], prices: [NEGOTIABLE] },
      ),
    ],
  ),
  ...templates(
    'acids-alkalis',
    {
      unit: 'l',
      quantity: [500, 4000],
      frequencies: ['monthly', 'quarterly'],
      prices: [removal(2000, 8000), NEGOTIABLE],
      ewcCode: '110105',
    },
    [
      offer(
        'Förbrukad betsyra',
        'Förbrukad betsyra från betning av rostfritt, salpetersyra och fluorvätesyra. Hämtas i IBC av mottagare med tillstånd.',
        { specs: { Innehåll: 'HNO₃/HF med metallsalter' } },
      ),
      offer(
        'Överbliven natronlut 50 %',
        'Oöppnad natronlut 50 % i två IBC-behållare. Kan användas för neutralisering eller rengöring.',
        {
          unit: 'l',
          quantity: [1000, 2000],
          frequencies: ['once'],
          prices: [fixed(2, 6), NEGOTIABLE],
          hazardous: true,
        },
      ),
      need(
        'Söker lut för neutralisering',
        'Vår reningsanläggning använder lut för att neutralisera surt processvatten. Vi tar gärna överbliven natronlut eller kalk.',
        { ewcCode: '060205', quantity: [500, 3000], prices: [FREE, NEGOTIABLE] },
      ),
      need(
        'Tar emot sura restprodukter',
        'Vi tar emot sura restprodukter för neutralisering och fällning. Analys krävs före första leverans.',
        { ewcCode: '060106', quantity: [1000, 10000] },
      ),
    ],
  ),
  ...templates(
    'paints-adhesives',
    {
      unit: 'l',
      quantity: [20, 300],
      frequencies: ['once', 'quarterly'],
      prices: [FREE, fixed(20, 80), NEGOTIABLE],
      ewcCode: '080112',
    },
    [
      offer(
        'Överbliven vattenburen färg',
        'Oöppnade burkar med vattenburen industrifärg i RAL 9010 och 7035 från avslutad produktion. Hållbarheten räcker minst ett år till.',
        { specs: { Kulörer: 'RAL 9010, RAL 7035' } },
      ),
      offer(
        'Pulverlack i överskott',
        'Överbliven pulverlack i kartong, flera RAL-kulörer. Oöppnad och förvarad svalt.',
        { unit: 'kg', quantity: [50, 400], ewcCode: '080201', prices: [fixed(30, 80), NEGOTIABLE] },
      ),
      offer(
        'Lösningsmedelsburen lack, rester',
        'Rester av lösningsmedelsburen lack och härdare. Räknas som farligt avfall och hämtas av mottagare med tillstånd.',
        { ewcCode: '080111', prices: [removal(800, 3000)] },
      ),
      need(
        'Söker överbliven färg i standardkulörer',
        'Vi målar lagerhyllor och maskinskydd och kan använda överbliven industrifärg i vitt, grått och svart.',
        { quantity: [20, 200] },
      ),
      need(
        'Lim och fogmassa sökes',
        'Vi tar emot oöppnat lim och fogmassa som fortfarande är inom datum, till montering av inredning.',
        { unit: 'pcs', quantity: [20, 200] },
      ),
    ],
  ),
  ...templates(
    'surplus-chemicals',
    { unit: 'l', quantity: [50, 1000], frequencies: ['once'], prices: [FREE, NEGOTIABLE], ewcCode: '160509' },
    [
      offer(
        'Oöppnade processkemikalier',
        'Oöppnade förpackningar med avfettningsmedel och korrosionsskydd från en nedlagd linje. Säkerhetsdatablad finns.',
        { specs: { Skick: 'Oöppnade, inom datum' } },
      ),
      offer(
        'Laboratoriekemikalier i överskott',
        'Överblivna kemikalier från vårt laboratorium: buffertar, salter och reagens. Lista skickas på begäran.',
        { unit: 'pcs', quantity: [20, 100], ewcCode: '160506', hazardous: true },
      ),
      need(
        'Söker kemikalier till undervisning och test',
        'Vi tar emot oöppnade kemikalier av känd kvalitet till test och utbildning. Säkerhetsdatablad krävs.',
        { unit: 'pcs', quantity: [10, 60] },
      ),
      need(
        'Avfettningsmedel sökes',
        'Vi behöver alkaliskt avfettningsmedel till vår detaljtvätt och tar gärna överskott från andra.',
        { quantity: [100, 600], frequencies: ['once', 'quarterly'] },
      ),
    ],
  ),

  // ── Organic material and biomass ──
  ...templates(
    'food-waste',
    {
      unit: 't',
      quantity: [2, 20],
      frequencies: ['weekly', 'monthly'],
      prices: [FREE, removal(500, 2500)],
      ewcCode: '020304',
    },
    [
      offer(
        'Matavfall från produktionen',
        'Rens, skal och kasserade råvaror från tillverkning av färdigrätter. Samlas i kärl i kylrum och hämtas två gånger i veckan.',
        { specs: { Förvaring: 'Kylt' } },
      ),
      offer(
        'Kasserade smörgåsar och sallader',
        'Förpackade produkter som passerat datum. Förpackningarna måste tas bort före rötning.',
        { quantity: [1, 5], specs: { Förpackning: 'Plastförpackat' } },
      ),
      need(
        'Tar emot matavfall till biogas',
        'Vi rötar matavfall och livsmedelsrester till fordonsgas. Vi hämtar i kärl eller tank från två ton i veckan.',
        { quantity: [5, 50], prices: [FREE, NEGOTIABLE] },
      ),
      need(
        'Söker matavfall till insektsodling',
        'Vår larvodling tar emot vegetabiliska livsmedelsrester utan kött och fisk.',
        { quantity: [1, 10], prices: [FREE] },
      ),
    ],
  ),
  ...templates(
    'spent-grain',
    {
      unit: 't',
      quantity: [2, 15],
      frequencies: ['weekly', 'monthly'],
      prices: [FREE, fixed(100, 400)],
      ewcCode: '020704',
    },
    [
      offer(
        'Drav från bryggningen',
        'Blött drav från mäskningen, cirka tre ton i veckan. Måste hämtas inom ett dygn efter bryggning. Passar som foder eller för rötning.',
        { specs: { Torrhalt: 'cirka 22 %' } },
      ),
      offer('Torkat drav i säck', 'Torkat och malt drav i 20-kilossäckar. Används till bakning och djurfoder.', {
        unit: 'kg',
        quantity: [100, 500],
        prices: [fixed(5, 15), NEGOTIABLE],
      }),
      need(
        'Söker drav till bröd',
        'Vårt bageri vill baka med drav och söker torkat eller färskt drav från ett närliggande bryggeri.',
        { unit: 'kg', quantity: [50, 300] },
      ),
      need(
        'Tar emot drav till rötning',
        'Vi tar emot drav och andra restprodukter från bryggerier till vår biogasanläggning. Hämtning med tankbil.',
        { quantity: [5, 40], prices: [FREE] },
      ),
    ],
  ),
  ...templates(
    'coffee-grounds',
    { unit: 'kg', quantity: [200, 2000], frequencies: ['weekly', 'monthly'], prices: [FREE], ewcCode: '020304' },
    [
      offer(
        'Kaffesump från provbryggning',
        'Kaffesump från vårt provkök och kundutbildningar. Samlas i kärl och hämtas varje vecka.',
        { quantity: [50, 300], ewcCode: '200108' },
      ),
      offer(
        'Silverhinnor från rostningen',
        'Lätta silverhinnor som avskiljs vid rostning, i säckar. Passar som strö, kompost eller biobränsle.',
        { quantity: [100, 800], frequencies: ['monthly'] },
      ),
      need(
        'Söker kaffesump till svampodling',
        'Vi odlar ostronskivling på kaffesump och behöver jämna leveranser av färsk sump.',
        { quantity: [200, 1000], frequencies: ['weekly'] },
      ),
      need(
        'Tar emot kaffesump för rötning',
        'Vi tar emot kaffesump från rosterier och kaféer till biogasproduktion. Hämtning i kärl.',
        { quantity: [500, 3000] },
      ),
    ],
  ),
  ...templates(
    'surplus-food',
    {
      unit: 'kg',
      quantity: [100, 1500],
      frequencies: ['weekly', 'monthly'],
      prices: [FREE, NEGOTIABLE],
      ewcCode: '020601',
    },
    [
      offer(
        'Överblivet bröd från dagens bak',
        'Osålt bröd och fikabröd från butiksleveranser, hämtas morgonen efter. Passar för matbanker, foder eller ölbryggning.',
        { quantity: [50, 300], frequencies: ['weekly'] },
      ),
      offer(
        'Felmärkta färdigrätter',
        'Färdigrätter med felaktig etikett men korrekt produkt. Kylvaror med fem dagars hållbarhet.',
        { ewcCode: '020304', unit: 'pallets', quantity: [1, 4], frequencies: ['once'] },
      ),
      need(
        'Söker bröd till ölbryggning',
        'Vi brygger öl på överblivet bröd och behöver cirka 200 kg i månaden. Torkat eller färskt.',
        { quantity: [100, 300], frequencies: ['monthly'] },
      ),
      need(
        'Tar emot överskottslivsmedel till rötning',
        'Vi tar emot livsmedel som inte kan säljas eller skänkas, även förpackade, och avförpackar på vår anläggning.',
        { unit: 't', quantity: [1, 10], prices: [FREE, NEGOTIABLE] },
      ),
    ],
  ),
  ...templates(
    'edible-oils',
    { unit: 'l', quantity: [100, 1000], frequencies: ['monthly'], prices: [fixed(2, 6), FREE], ewcCode: '200125' },
    [
      offer(
        'Använd frityrolja',
        'Använd rapsolja från fritöserna, silad och tappad i 20-litersdunkar. Cirka 400 liter i månaden.',
        { specs: { Typ: 'Rapsolja' } },
      ),
      offer(
        'Matfett från tillagningen',
        'Fett från tillagning som samlas separat i kärl. Hämtas av mottagare för rötning eller biodiesel.',
        { quantity: [200, 800], prices: [FREE] },
      ),
      need(
        'Köper använd frityrolja',
        'Vi köper använd frityrolja för tillverkning av biodiesel. Vi ställer ut dunkar och hämtar varje månad.',
        { quantity: [200, 2000] },
      ),
      need(
        'Tar emot matfett till biogas',
        'Vi tar emot matfett och frityrolja till rötning och hämtar i tank från 500 liter.',
        { quantity: [500, 3000], prices: [FREE] },
      ),
    ],
  ),

  // ── Rubber and tyres ──
  ...templates(
    'tyres',
    {
      unit: 'pcs',
      quantity: [20, 200],
      frequencies: ['quarterly', 'once'],
      prices: [FREE, removal(500, 2500)],
      ewcCode: '160103',
    },
    [
      offer(
        'Uttjänta truckdäck',
        'Massiva truckdäck från byte på våra motviktstruckar. Hämtning en gång i kvartalet.',
        { specs: { Typ: 'Massiva truckdäck' } },
      ),
      offer(
        'Begagnade lastbilsdäck med mönsterdjup kvar',
        'Lastbilsdäck från fordon som byter däck efter säsong. Mönsterdjup 6–9 mm, lämpliga för regummering eller fortsatt bruk.',
        { quantity: [10, 60], prices: [fixed(500, 1500), NEGOTIABLE], condition: 'Begagnade, 6–9 mm mönsterdjup' },
      ),
      need('Söker stommar för regummering', 'Vi regummerar lastbilsdäck och köper hela stommar utan skador i sidan.', {
        quantity: [20, 200],
        prices: [fixed(200, 600), NEGOTIABLE],
      }),
      need(
        'Tar emot däck för materialåtervinning',
        'Vi tar emot uttjänta däck från företag och granulerar dem till gummigranulat.',
        { quantity: [50, 500], prices: [FREE, NEGOTIABLE] },
      ),
    ],
  ),
  ...templates(
    'rubber-scrap',
    {
      unit: 'kg',
      quantity: [100, 1500],
      frequencies: ['monthly', 'quarterly'],
      prices: [FREE, NEGOTIABLE],
      ewcCode: '191204',
    },
    [
      offer('Stansrester av EPDM', 'Stansrester av EPDM-gummi från tillverkning av tätningar. Rena och utan metall.', {
        specs: { Material: 'EPDM' },
      }),
      offer('Gummigranulat 1–4 mm', 'Gummigranulat från återvunna däck, siktat till 1–4 mm. Säljs i storsäck.', {
        quantity: [500, 5000],
        prices: [fixed(1, 3), NEGOTIABLE],
        specs: { Fraktion: '1–4 mm' },
      }),
      need(
        'Söker gummispill till mattor',
        'Vi tillverkar gummimattor för stall och industri och tar emot rena gummirester, helst EPDM eller SBR.',
        { quantity: [500, 3000] },
      ),
      need(
        'Gummigranulat sökes till fallskydd',
        'Vi gjuter fallskyddsplattor och köper gummigranulat 1–4 mm med jämn kornstorlek.',
        { quantity: [1000, 5000], prices: [fixed(1, 3), NEGOTIABLE] },
      ),
    ],
  ),

  // ── Electronics and batteries ──
  ...templates(
    'weee',
    {
      unit: 'kg',
      quantity: [100, 1500],
      frequencies: ['quarterly', 'monthly'],
      prices: [FREE, fixed(1, 6)],
      ewcCode: '160214',
    },
    [
      offer(
        'Kasserade kretskort och testexemplar',
        'Kretskort från kassationer och testexemplar, utan batterier. Samlas i plastback och hämtas en gång i kvartalet.',
        { specs: { Innehåll: 'Kretskort utan batterier' } },
      ),
      offer(
        'Elektronikskrot från ombyggnad',
        'Styrskåp, frekvensomriktare och kablage från en ombyggd produktionslinje. Vissa enheter kan fungera.',
        { frequencies: ['once'], quantity: [300, 2000], prices: [FREE, NEGOTIABLE] },
      ),
      need(
        'Hämtar elektronikavfall hos företag',
        'Vi hämtar elektronikavfall från företag i hela länet, sorterar ut det som kan återbrukas och återvinner resten.',
        { quantity: [200, 3000], prices: [FREE, NEGOTIABLE] },
      ),
      need(
        'Söker kretskort för metallåtervinning',
        'Vi köper sorterade kretskort och betalar efter kvalitet. Kort med höga halter av ädelmetall ger bäst pris.',
        { quantity: [100, 1000], prices: [fixed(5, 30), NEGOTIABLE] },
      ),
    ],
  ),
  ...templates(
    'li-ion-batteries',
    {
      unit: 'kg',
      quantity: [100, 1500],
      frequencies: ['quarterly', 'once'],
      prices: [NEGOTIABLE, FREE],
      ewcCode: '160605',
      hazardous: true,
    },
    [
      offer(
        'UPS-batterier från serverhall',
        'Litiumjonmoduler från UPS-system som byts efter planerad livslängd. Kapaciteten ligger kring 80 procent. Transport som farligt gods.',
        { specs: { Kemi: 'LFP', Restkapacitet: 'cirka 80 %' } },
      ),
      offer(
        'Kasserade battericeller från tillverkning',
        'Battericeller som inte klarat slutkontroll. Lagras i brandsäkert skåp och hämtas av mottagare med tillstånd.',
        { quantity: [20, 200], frequencies: ['monthly', 'quarterly'] },
      ),
      need(
        'Söker begagnade batterimoduler för energilager',
        'Vi bygger stationära energilager av begagnade batterimoduler och testar varje modul före användning. LFP eller NMC.',
        { unit: 'pcs', quantity: [10, 100] },
      ),
      need(
        'Tar emot litiumbatterier för återvinning',
        'Vi tar emot litiumjonbatterier från företag och ordnar transport enligt ADR till återvinning.',
        { quantity: [100, 2000] },
      ),
    ],
  ),
  ...templates(
    'cables',
    {
      unit: 'kg',
      quantity: [100, 1500],
      frequencies: ['monthly', 'quarterly'],
      prices: [fixed(8, 30), NEGOTIABLE],
      ewcCode: '170411',
    },
    [
      offer(
        'Kabelrester från konfektionering',
        'Kapbitar av kopparkabel, 0,5–2 meter, från kabelkonfektionering. Sorteras på trummor och i backar.',
        { specs: { Ledare: 'Koppar' } },
      ),
      offer('Demonterad kraftkabel', 'Demonterad kraftkabel från ombyggnad av ställverk. Kopparledare, PVC-isolerad.', {
        frequencies: ['once'],
        quantity: [500, 3000],
      }),
      need(
        'Köper kabelskrot',
        'Vi köper kabelskrot och granulerar det för att skilja koppar från plast. Pris efter kopparhalt.',
        { quantity: [200, 3000] },
      ),
      need(
        'Söker kabel på trumma i restlängder',
        'Vi behöver installationskabel i restlängder på trumma till egna ombyggnader. Längder från 50 meter.',
        { quantity: [50, 300], frequencies: ['once'] },
      ),
    ],
  ),
  ...templates(
    'it-equipment',
    { unit: 'pcs', quantity: [10, 150], frequencies: ['quarterly', 'once'], prices: [fixed(100, 1500), NEGOTIABLE] },
    [
      offer(
        'Avställda servrar och nätverksutrustning',
        'Rackservrar och switchar från en planerad uppgradering. Diskarna är raderade med intyg. Fungerande vid avställning.',
        { condition: 'Begagnade, fungerande', specs: { Dataradering: 'Certifierad' } },
      ),
      offer(
        'Renoverade bärbara datorer',
        'Bärbara datorer, tre till fem år gamla, renoverade med nytt batteri och ominstallerade. Garanti i ett år.',
        { condition: 'Renoverade', prices: [fixed(1500, 4000)] },
      ),
      offer(
        'Bildskärmar och dockningsstationer från kontorsflytt',
        'Bildskärmar 24–27 tum och dockningsstationer som blev över efter en kontorsflytt. Fungerande.',
        { condition: 'Begagnade, fungerande', frequencies: ['once'] },
      ),
      need(
        'Köper begagnad IT-utrustning från företag',
        'Vi köper datorer, skärmar och servrar från företag, raderar data och säljer vidare. Hämtning och intyg ingår.',
        { quantity: [20, 300], prices: [NEGOTIABLE, FREE] },
      ),
      need(
        'Söker begagnade datorer till produktionen',
        'Vi behöver enklare datorer och skärmar till styrning av maskiner på verkstadsgolvet.',
        { quantity: [5, 20], frequencies: ['once'] },
      ),
    ],
  ),

  // ── Energy ──
  ...templates(
    'excess-heat',
    {
      unit: 'MWh',
      quantity: [500, 10000],
      frequencies: ['continuous', 'yearly'],
      prices: [NEGOTIABLE, fixed(80, 300)],
    },
    [
      offer(
        'Spillvärme från serverhallen',
        'Serverhallen ger löpande cirka 4 MW värme ur kylsystemet, 25–35 °C, som kan höjas med värmepump. Fjärrvärmenätet ligger 400 meter bort.',
        { quantity: [20000, 35000], specs: { Temperatur: '25–35 °C', Effekt: 'cirka 4 MW' } },
      ),
      offer(
        'Överskottsvärme från ugnar och kompressorer',
        'Överskottsvärme från härdugnar och kompressorer, cirka 60 °C, under dagtid på vardagar. Vi söker en granne som kan ta emot den.',
        { quantity: [800, 3000], specs: { Temperatur: 'cirka 60 °C' } },
      ),
      offer(
        'Värme från rötkammare och gasuppgradering',
        'Vi har ett värmeöverskott från biogasproduktionen sommartid och söker en användare i närheten.',
        { quantity: [500, 2000], frequencies: ['yearly'] },
      ),
      need(
        'Söker lågtempererad värme till torkning',
        'Vi torkar virke och kan använda värme från 50 °C. Vi vill ansluta till en granne med spillvärme.',
        { quantity: [500, 3000] },
      ),
      need(
        'Värme sökes till härdning av betong',
        'Vår elementfabrik behöver värme till härdning under vinterhalvåret. Temperatur från 40 °C räcker.',
        { quantity: [1000, 5000], frequencies: ['yearly'] },
      ),
    ],
  ),
  ...templates(
    'excess-cooling',
    { unit: 'MWh', quantity: [200, 3000], frequencies: ['continuous', 'yearly'], prices: [NEGOTIABLE] },
    [
      offer(
        'Ledig kylkapacitet i kylanläggning',
        'Vår kylanläggning har ledig kapacitet på cirka 300 kW efter en ombyggnad. Köldbärare 6/12 °C.',
        { specs: { Köldbärare: '6/12 °C', Effekt: 'cirka 300 kW' } },
      ),
      offer(
        'Frikyla från sjövatten',
        'Vi tar kyla ur sjövatten och har mer än vi behöver under vinterhalvåret. Möjligt att dra ledning till grannfastighet.',
        { quantity: [500, 2000] },
      ),
      need(
        'Söker kyla till serverhall',
        'Vi vill minska elanvändningen för kyla och söker frikyla eller överskottskyla i närheten. Behov hela året.',
        { quantity: [2000, 8000] },
      ),
      need(
        'Kyla sökes till processkylning',
        'Vi kyler formsprutor och verktyg och söker en leverantör av kylvatten, cirka 150 kW, från grannfastighet.',
        { quantity: [300, 1200] },
      ),
    ],
  ),

  // ── Water ──
  ...templates(
    'process-water',
    {
      unit: 'm3',
      quantity: [100, 2000],
      frequencies: ['monthly', 'continuous'],
      prices: [FREE, NEGOTIABLE],
      ewcCode: '161002',
    },
    [
      offer(
        'Renat processvatten från kylning',
        'Kylvatten från processen som renats i egen anläggning. Ingen kontakt med produkten. Analys finns.',
        { specs: { Kvalitet: 'Analyserat, ej dricksvatten' } },
      ),
      offer(
        'Kondensat från indunstning',
        'Kondensat från indunstning av processvätskor, låg ledningsförmåga. Kan användas som spolvatten.',
        { quantity: [50, 500] },
      ),
      need(
        'Söker processvatten till betongtillverkning',
        'Vi kan ersätta en del av kommunalt vatten med renat processvatten i betongblandning och tvätt.',
        { quantity: [200, 1500] },
      ),
      need(
        'Vatten sökes till kyltorn',
        'Vi söker renat vatten med låg hårdhet till kyltorn, omkring 300 kubikmeter i månaden.',
        { quantity: [200, 400], frequencies: ['monthly'] },
      ),
    ],
  ),
  ...templates(
    'rinse-water',
    {
      unit: 'm3',
      quantity: [20, 300],
      frequencies: ['monthly', 'weekly'],
      prices: [FREE, NEGOTIABLE],
      ewcCode: '110112',
    },
    [
      offer(
        'Sköljvatten från förbehandling',
        'Sköljvatten från sista sköljsteget i förbehandlingslinjen. Låga metallhalter enligt analys.',
        { specs: { Kvalitet: 'Analys bifogas' } },
      ),
      offer(
        'Sköljvatten från flasktvätt',
        'Sköljvatten från flasktvätten, innehåller små mängder diskmedel. Ingen tungmetall.',
        { ewcCode: '161002', quantity: [30, 200] },
      ),
      need(
        'Söker sköljvatten för tvätt av betongbilar',
        'Vi tvättar betongbilar och blandare och kan använda sköljvatten utan metaller och olja.',
        { ewcCode: '161002', quantity: [50, 300] },
      ),
      need(
        'Tar emot sköljvatten för rening',
        'Vi renar sköljvatten från ytbehandling och tar emot mindre volymer i tank. Analys krävs.',
        { quantity: [10, 100], prices: [NEGOTIABLE] },
      ),
    ],
  ),

  // ── Equipment and spare parts ──
  ...templates(
    'used-machines',
    { unit: 'pcs', quantity: [1, 3], frequencies: ['once'], prices: [fixed(20000, 350000), NEGOTIABLE] },
    [
      offer(
        'CNC-svarv, fungerande, 2012',
        'CNC-svarv med drivna verktyg och stångmatare, i drift fram till förra månaden. Kan provköras hos oss. Köparen ordnar lyft och transport.',
        { condition: 'Begagnad, fullt fungerande', specs: { Årsmodell: '2012', Styrsystem: 'Fanuc' } },
      ),
      offer('Motviktstruck 2,5 ton', 'Eldriven motviktstruck med nytt batteri för två år sedan. Servad regelbundet.', {
        condition: 'Begagnad, servad',
        prices: [fixed(60000, 120000), NEGOTIABLE],
        specs: { Lyftkapacitet: '2 500 kg' },
      }),
      offer(
        'Skruvkompressor 22 kW',
        'Skruvkompressor som ersatts av en varvtalsstyrd modell. Omkring 30 000 drifttimmar.',
        { condition: 'Begagnad, fungerande', prices: [fixed(15000, 40000), NEGOTIABLE] },
      ),
      need('Söker begagnad kantpress', 'Vi söker en begagnad kantpress, 100–160 ton och minst 3 meter, i gott skick.', {
        prices: [NEGOTIABLE],
      }),
      need(
        'Köper begagnade verktygsmaskiner för renovering',
        'Vi köper äldre svarvar och fräsar i behov av renovering. Vi hämtar själva.',
        { quantity: [1, 5], prices: [NEGOTIABLE] },
      ),
    ],
  ),
  ...templates(
    'tools-fixtures',
    { unit: 'pcs', quantity: [5, 50], frequencies: ['once'], prices: [fixed(200, 5000), NEGOTIABLE, FREE] },
    [
      offer(
        'Formverktyg för utgångna artiklar',
        'Formsprutningsverktyg för artiklar som kunden slutat beställa. Stålet kan återanvändas eller verktygen byggas om.',
        { quantity: [2, 10], condition: 'Begagnade, fungerande', prices: [NEGOTIABLE, fixed(2000, 20000)] },
      ),
      offer(
        'Skärverktyg och hållare i överskott',
        'Oanvända vändskär, fräsar och hållare i överskott efter en omställning. Lista finns.',
        { quantity: [20, 200], condition: 'Oanvända', prices: [fixed(50, 800), NEGOTIABLE] },
      ),
      need(
        'Söker fixturer och spännjärn',
        'Vi behöver modulära fixturer och spännjärn till nya fleroperationsmaskiner. Begagnat går bra.',
        { quantity: [5, 30] },
      ),
      need('Skärverktyg sökes', 'Vi köper oanvända vändskär och hårdmetallfräsar i originalförpackning.', {
        quantity: [20, 200],
        prices: [fixed(50, 500), NEGOTIABLE],
      }),
    ],
  ),
  ...templates(
    'surplus-stock',
    { unit: 'pcs', quantity: [100, 5000], frequencies: ['once'], prices: [NEGOTIABLE, fixed(5, 200)] },
    [
      offer(
        'Restparti av rostfri stång',
        'Rostfri rundstång 1.4404 i dimensionerna 20–60 mm, restlängder från avslutad order. Intyg finns.',
        { unit: 'kg', quantity: [200, 1500], prices: [fixed(30, 60), NEGOTIABLE], specs: { Kvalitet: '1.4404' } },
      ),
      offer(
        'Inkurant lager av förpackade produkter',
        'Förpackade produkter från en utgången artikel, hela kartonger på pall. Lista över artiklar skickas på begäran.',
        { unit: 'pallets', quantity: [2, 20] },
      ),
      need(
        'Söker restpartier av stångmaterial',
        'Vi svarvar små serier och köper restpartier av stål, rostfritt och mässing i stångform med materialintyg.',
        { unit: 'kg', quantity: [100, 1000], prices: [fixed(20, 60), NEGOTIABLE] },
      ),
      need(
        'Köper restlager av elektronikkomponenter',
        'Vi köper restlager av passiva komponenter och kontaktdon i originalförpackning, gärna på rulle.',
        { quantity: [500, 10000] },
      ),
    ],
  ),
  ...templates(
    'components',
    { unit: 'pcs', quantity: [20, 500], frequencies: ['once', 'quarterly'], prices: [fixed(20, 800), NEGOTIABLE] },
    [
      offer(
        'Elmotorer och växlar i överskott',
        'Oanvända elmotorer 0,75–4 kW och vinkelväxlar från ett avslutat maskinprojekt.',
        { quantity: [5, 40], condition: 'Oanvända', prices: [fixed(800, 4000), NEGOTIABLE] },
      ),
      offer(
        'Kullager och linjärstyrningar',
        'Oanvända kullager och linjärstyrningar i originalförpackning från ett nedlagt projekt. Lista finns.',
        { condition: 'Oanvända' },
      ),
      offer(
        'Demonterade reservdelar från maskiner',
        'Reservdelar som demonterats ur skrotade maskiner: ventiler, cylindrar och pumpar. Testade och märkta.',
        { condition: 'Begagnade, testade', quantity: [10, 100] },
      ),
      need(
        'Söker reservdelar till äldre pressar',
        'Vi renoverar hydraulpressar från 1990-talet och söker ventiler, cylindrar och styrkort av äldre modell.',
        { quantity: [5, 50] },
      ),
      need(
        'Kontaktdon och kablage sökes',
        'Vi söker kontaktdon och färdiga kablage i överskott för reparation av testutrustning.',
        { quantity: [50, 500] },
      ),
    ],
  ),
  ...templates(
    'shelving-racking',
    { unit: 'pcs', quantity: [10, 80], frequencies: ['once'], prices: [fixed(150, 800), NEGOTIABLE] },
    [
      offer(
        'Pallställ från lagerombyggnad',
        'Gavlar och balkar från pallställ, 5 meter höga, som monterats ned vid ombyggnad. Besiktade och utan skador.',
        { condition: 'Begagnade, besiktade', specs: { Höjd: '5 000 mm', Balklängd: '2 700 mm' } },
      ),
      offer(
        'Arbetsbänkar och verktygsskåp',
        'Arbetsbänkar i stål och verktygsskåp från en verkstad som flyttar. Vissa har repor men alla är hela.',
        { condition: 'Begagnade' },
      ),
      need(
        'Söker begagnade pallställ',
        'Vi utökar lagret och söker pallställ med gavlar 4–6 meter och balkar 2,7 meter.',
        { quantity: [20, 100] },
      ),
      need(
        'Grenställ sökes till virkeslager',
        'Vi behöver grenställ för förvaring av virke och skivmaterial. Begagnat i gott skick.',
        { quantity: [4, 20] },
      ),
    ],
  ),

  // ── Capacity: machining ──
  ...templates('cnc-milling', { ...capacity, quantity: [20, 160], prices: [fixed(650, 950), NEGOTIABLE] }, [
    offer(
      'Ledig kapacitet i 5-axlig fleroperationsmaskin',
      'Vi har cirka 80 timmar i månaden lediga i en 5-axlig maskin med bordsstorlek 630 × 630 mm. Vi tar både prototyper och serier, gärna i aluminium och stål.',
      { specs: { Maskin: '5-axlig, 630 × 630 mm', Material: 'Aluminium, stål, rostfritt' } },
    ),
    offer(
      'CNC-fräsning kvällsskift',
      'Vårt kvällsskift har ledig tid i två vertikala fleroperationsmaskiner. Lämpligt för serier där programmen redan finns.',
      { frequencies: ['weekly', 'monthly'], quantity: [10, 40] },
    ),
    offer(
      'CNC-fräsning i trä och skivmaterial',
      'Ledig tid i vår CNC-router för skivmaterial upp till 2 500 × 1 250 mm. Nesting av MDF, plywood och massivträ.',
      { prices: [fixed(550, 800), NEGOTIABLE], specs: { Bord: '2 500 × 1 250 mm' } },
    ),
    need(
      'Söker CNC-fräsning av aluminiumdetaljer',
      'Vi behöver hjälp med en serie om 400 hus i 6082, cirka 20 minuter per detalj. Ritningar och 3D-modeller finns.',
      { frequencies: ['once'], quantity: [100, 200] },
    ),
    need(
      'Fräsning av provstavar sökes',
      'Vi behöver provstavar frästa enligt standard till materialprovning, i små partier varje månad.',
      { quantity: [5, 20], frequencies: ['monthly'] },
    ),
  ]),
  ...templates('cnc-turning', { ...capacity, quantity: [20, 160], prices: [fixed(600, 900), NEGOTIABLE] }, [
    offer(
      'Ledig tid i långsvarv',
      'Långsvarv för stångdiameter upp till 32 mm med drivna verktyg. Lämplig för serier av små precisionsdetaljer.',
      { specs: { Stångdiameter: 'upp till 32 mm' } },
    ),
    offer(
      'CNC-svarvning med stångmatare',
      'Ledig kapacitet i två svarvar med stångmatare, diameter upp till 65 mm. Obemannad körning nattetid.',
      { quantity: [40, 200] },
    ),
    need(
      'Söker svarvning av axlar i rostfritt',
      'Vi behöver en underleverantör för svarvade axlar i 1.4404, serier om 200–500 stycken.',
      { frequencies: ['monthly', 'once'], quantity: [40, 120] },
    ),
    need(
      'Svarvade detaljer i mässing sökes',
      'Vi behöver en partner för små svarvade mässingsdetaljer till medicinteknisk utrustning. Spårbarhet krävs.',
      { quantity: [20, 80] },
    ),
  ]),
  ...templates('grinding', { ...capacity, quantity: [10, 80], prices: [fixed(650, 950), NEGOTIABLE] }, [
    offer(
      'Ledig kapacitet för rund- och planslipning',
      'Rundslip för diameter upp till 300 mm och planslip 1 000 × 500 mm. Toleranser ned till några tusendels millimeter.',
      { specs: { Rundslip: 'Ø 300 × 1 000 mm', Planslip: '1 000 × 500 mm' } },
    ),
    offer(
      'Omslipning av skärande verktyg',
      'Vi slipar om fräsar, borrar och sågklingor. Hämtning och leverans en gång i veckan i norra länet.',
      { unit: 'hours', quantity: [5, 30], frequencies: ['weekly', 'monthly'] },
    ),
    need(
      'Söker slipning av härdade axlar',
      'Vi behöver rundslipning av härdade axlar efter värmebehandling, cirka 100 stycken i månaden.',
      { quantity: [20, 60], frequencies: ['monthly'] },
    ),
    need(
      'Planslipning av formplattor sökes',
      'Vi behöver planslipa formplattor inför renovering av pressverktyg. Engångsjobb.',
      { quantity: [5, 20], frequencies: ['once'] },
    ),
  ]),
  ...templates('edm', { ...capacity, quantity: [10, 80], prices: [fixed(700, 1000), NEGOTIABLE] }, [
    offer(
      'Trådgnistning, ledig kapacitet',
      'Trådgnist med arbetsområde 400 × 300 × 250 mm. Vi kör gärna obemannat över natten.',
      { specs: { Arbetsområde: '400 × 300 × 250 mm' } },
    ),
    offer(
      'Sänkgnistning för formverktyg',
      'Ledig tid i sänkgnist för formverktyg och detaljer med djupa spår. Elektroder kan tillverkas hos oss.',
      { quantity: [10, 40] },
    ),
    need(
      'Söker trådgnistning av stansverktyg',
      'Vi behöver trådgnista stansverktyg i härdat verktygsstål. Ritningar i DXF.',
      { frequencies: ['once', 'monthly'], quantity: [10, 40] },
    ),
    need(
      'Gnistning sökes till reparation av formar',
      'Vi reparerar formsprutningsverktyg och behöver sänkgnistning några gånger om året.',
      { frequencies: ['quarterly', 'once'], quantity: [5, 20] },
    ),
  ]),

  // ── Capacity: sheet metal ──
  ...templates('laser-cutting', { ...capacity, quantity: [10, 120], prices: [fixed(1100, 2000), NEGOTIABLE] }, [
    offer(
      'Ledig tid i fiberlaser 6 kW',
      'Fiberlaser med bordsstorlek 3 000 × 1 500 mm. Stål upp till 25 mm, rostfritt 20 mm och aluminium 15 mm.',
      { specs: { Effekt: '6 kW', Bord: '3 000 × 1 500 mm' } },
    ),
    offer(
      'Rörlaser, ledig kapacitet',
      'Rörlaser för rör och profiler upp till 6,5 meter och 150 mm diameter. Ledigt främst eftermiddagar.',
      { quantity: [10, 60], specs: { Rörlängd: 'upp till 6,5 m' } },
    ),
    need(
      'Söker laserskärning av tunnplåt',
      'Vi behöver laserskurna detaljer i 2–4 mm stål till konsoler, cirka 1 000 detaljer i månaden. DXF-filer finns.',
      { quantity: [10, 40], frequencies: ['monthly'] },
    ),
    need(
      'Laserskärning av prototypdetaljer',
      'Vi behöver snabb laserskärning av enstaka prototypdetaljer i rostfritt med kort ledtid.',
      { quantity: [2, 10], frequencies: ['once', 'monthly'] },
    ),
  ]),
  ...templates('punching', { ...capacity, quantity: [10, 100], prices: [fixed(850, 1400), NEGOTIABLE] }, [
    offer(
      'Revolverstans med ledig kapacitet',
      'Revolverstans med formningsverktyg för gängning och präglingar. Plåt upp till 6 mm.',
      { specs: { Plåttjocklek: 'upp till 6 mm' } },
    ),
    offer(
      'Excenterpress för långa serier',
      'Ledig tid i excenterpress på 160 ton för stansning med egna eller kundens verktyg.',
      { unit: 'pcs', quantity: [5000, 50000], prices: [fixed(0.5, 3), NEGOTIABLE] },
    ),
    need(
      'Söker stansning av kapslingsdetaljer',
      'Vi behöver stansade och bockade plåtdetaljer till elektronikkapslingar i serier om 500 stycken.',
      { quantity: [10, 40] },
    ),
    need('Stansning av brickor sökes', 'Vi behöver brickor stansade i 2 mm rostfritt, cirka 20 000 om året.', {
      unit: 'pcs',
      quantity: [5000, 20000],
      frequencies: ['quarterly', 'yearly'],
      prices: [fixed(0.5, 2), NEGOTIABLE],
    }),
  ]),
  ...templates('press-brake-bending', { ...capacity, quantity: [10, 120], prices: [fixed(700, 1000), NEGOTIABLE] }, [
    offer(
      'Kantpress 220 ton, 4 meter',
      'Ledig tid i kantpress med 4 meters bockningslängd och bakanslag i sex axlar. Vi har ett brett verktygslager.',
      { specs: { Presskraft: '220 ton', Längd: '4 000 mm' } },
    ),
    offer(
      'Bockning av tunnplåt i små serier',
      'Vi bockar tunnplåt upp till 3 meter i små och medelstora serier. Korta ställtider.',
      { quantity: [10, 50] },
    ),
    need(
      'Söker kantpressning av långa detaljer',
      'Vi behöver bocka 4 meter långa detaljer i 5 mm stål, cirka 60 stycken i månaden.',
      { quantity: [10, 30], frequencies: ['monthly'] },
    ),
    need(
      'Bockning sökes för räckesdetaljer',
      'Vi behöver hjälp att bocka plattstål och plåt till räcken under en byggsäsong.',
      { quantity: [20, 80], frequencies: ['once'] },
    ),
  ]),
  ...templates('waterjet-cutting', { ...capacity, quantity: [10, 80], prices: [fixed(1000, 1600), NEGOTIABLE] }, [
    offer(
      'Vattenskärning i alla material',
      'Vattenskärare med abrasiv för metall, sten, glas och komposit upp till 150 mm. Bord 3 000 × 2 000 mm.',
      { specs: { Bord: '3 000 × 2 000 mm', Tjocklek: 'upp till 150 mm' } },
    ),
    offer(
      'Ledig tid för vattenskärning av gummi och plast',
      'Vi skär packningar och detaljer i gummi, plast och skum utan värmepåverkan. Ledigt på fredagar.',
      { quantity: [5, 30], frequencies: ['weekly', 'monthly'] },
    ),
    need(
      'Söker vattenskärning av glas och keramik',
      'Vi behöver skära dekorplattor i glas och keramik efter egna ritningar, mindre partier.',
      { quantity: [5, 20], frequencies: ['quarterly', 'once'] },
    ),
    need(
      'Vattenskärning av kompositskivor sökes',
      'Vi behöver skära ut detaljer ur sandwichskivor i glasfiber och cellplast till båtinredning.',
      { quantity: [10, 40], frequencies: ['once', 'quarterly'] },
    ),
  ]),

  // ── Capacity: welding ──
  ...templates('mig-mag-welding', { ...capacity, quantity: [20, 160], prices: [fixed(550, 750), NEGOTIABLE] }, [
    offer(
      'MIG/MAG-svetsare lediga',
      'Två certifierade svetsare har ledig tid kommande månader. Stålkonstruktioner enligt EN 1090, utförandeklass 2.',
      { specs: { Certifiering: 'EN 1090 EXC2' } },
    ),
    offer(
      'Svetsning av ramar och stativ',
      'Vi svetsar ramar, stativ och konsoler i stål med egna fixturer. Ledig kapacitet på dagtid.',
      { quantity: [20, 80] },
    ),
    need(
      'Söker MIG/MAG-svetsning av konsoler',
      'Vi behöver svetsa ihop laserskurna konsoler i serier om 200 stycken. Fixturer kan vi låna ut.',
      { quantity: [20, 60] },
    ),
    need(
      'Svetskapacitet sökes vid toppar',
      'Vi behöver extra svetskapacitet under vår högsäsong från mars till juni.',
      { quantity: [40, 160], frequencies: ['monthly'] },
    ),
  ]),
  ...templates('tig-welding', { ...capacity, quantity: [10, 100], prices: [fixed(650, 850), NEGOTIABLE] }, [
    offer(
      'TIG-svetsning i rostfritt och aluminium',
      'Erfarna TIG-svetsare för tunnväggigt rostfritt och aluminium. Rotgasutrustning för rörsvetsning finns.',
      { specs: { Material: 'Rostfritt, aluminium' } },
    ),
    offer(
      'Ledig tid för TIG-svetsning av rör',
      'Vi svetsar rostfria rörsystem för livsmedels- och läkemedelsindustrin. Ledig kapacitet i sommar.',
      { quantity: [40, 160], frequencies: ['monthly', 'once'] },
    ),
    need(
      'Söker TIG-svetsning av rostfria rör',
      'Vi bygger om en processlinje och behöver TIG-svetsning av rostfria rör på plats hos oss.',
      { frequencies: ['once'], quantity: [40, 120] },
    ),
    need('TIG-svetsning av aluminiumlådor sökes', 'Vi behöver svetsade aluminiumlådor i små serier till arbetsbåtar.', {
      quantity: [10, 40],
      frequencies: ['quarterly', 'once'],
    }),
  ]),
  ...templates('robot-welding', { ...capacity, quantity: [20, 200], prices: [fixed(800, 1200), NEGOTIABLE] }, [
    offer(
      'Robotsvetscell med ledig kapacitet',
      'Svetsrobot med vridbord och två stationer. Passar serier från 50 stycken. Vi kan ta fram fixturer.',
      { specs: { Cell: 'Två stationer med vridbord' } },
    ),
    offer(
      'Ledig tid i robotcell nattetid',
      'Vår robotcell står still nattetid. Vi tar serier där fixtur och program finns eller tas fram tillsammans.',
      { quantity: [40, 200] },
    ),
    need(
      'Söker robotsvetsning av chassidetaljer',
      'Vi behöver robotsvetsning av fästen till chassin, cirka 2 000 stycken i månaden.',
      { quantity: [60, 200], frequencies: ['monthly'] },
    ),
    need(
      'Robotsvetsning sökes för ny produkt',
      'Vi startar en ny produkt och söker partner med robotcell för serier om 300–500 stycken.',
      { quantity: [20, 80], frequencies: ['once', 'monthly'] },
    ),
  ]),

  // ── Capacity: moulding and casting ──
  ...templates('injection-moulding', { ...capacity, quantity: [40, 300], prices: [fixed(400, 900), NEGOTIABLE] }, [
    offer(
      'Ledig kapacitet i formsprutor 80–350 ton',
      'Vi har ledig tid i tre formsprutor mellan 80 och 350 ton. Robotplock och egen verktygsverkstad finns.',
      { specs: { Maskiner: '80, 200 och 350 ton' } },
    ),
    offer(
      'Formsprutning i renrum',
      'Ledig kapacitet i två formsprutor i renrum klass 8, för medicintekniska detaljer.',
      { quantity: [40, 160], specs: { Renrum: 'ISO klass 8' } },
    ),
    need(
      'Söker formsprutning av små serier',
      'Vi behöver en partner som formsprutar 5 000 detaljer om året i PP med vårt verktyg.',
      { unit: 'pcs', quantity: [1000, 5000], frequencies: ['quarterly', 'yearly'], prices: [fixed(2, 10), NEGOTIABLE] },
    ),
    need(
      'Formsprutning i renrum sökes',
      'Vi behöver formsprutade detaljer från renrum till en ny engångsartikel. Verktyget finns.',
      { quantity: [40, 120], frequencies: ['monthly'] },
    ),
  ]),
  ...templates('blow-moulding', { ...capacity, quantity: [40, 200], prices: [fixed(500, 900), NEGOTIABLE] }, [
    offer(
      'Ledig tid i formblåsmaskin för dunkar',
      'Extrusionsblåsmaskin för dunkar och flaskor 1–25 liter i PE-HD. Egen etikettering.',
      { specs: { Volym: '1–25 liter', Material: 'PE-HD' } },
    ),
    offer('Formblåsning av små serier', 'Vi tar små serier av blåsta detaljer och provserier för produktutveckling.', {
      quantity: [10, 40],
    }),
    need(
      'Söker formblåsta dunkar 5 liter',
      'Vi fyller kemikalier och söker en leverantör av 5-litersdunkar, gärna med en del återvunnen plast.',
      { unit: 'pcs', quantity: [5000, 20000], frequencies: ['quarterly'], prices: [fixed(6, 15), NEGOTIABLE] },
    ),
    need(
      'Formblåsning sökes för ny förpackning',
      'Vi utvecklar en ny förpackning och behöver provblåsning och sedan serier om 10 000 stycken.',
      { quantity: [20, 80], frequencies: ['once'] },
    ),
  ]),
  ...templates('casting', { ...capacity, quantity: [20, 160], prices: [fixed(700, 1100), NEGOTIABLE] }, [
    offer(
      'Ledig kapacitet för sandgjutning i aluminium',
      'Vi har ledig kapacitet i formlinjen för aluminiumgods upp till 40 kg. Mönster kan tillverkas.',
      {
        unit: 't',
        quantity: [2, 10],
        prices: [fixed(45000, 90000), NEGOTIABLE],
        specs: { Material: 'AlSi7Mg, AlSi10Mg', 'Max vikt': '40 kg' },
      },
    ),
    offer(
      'Kokillgjutning i mässing',
      'Ledig tid i kokillgjuteriet för ventilhus och beslag i mässing. Små och medelstora serier.',
      { quantity: [20, 80] },
    ),
    need(
      'Söker gjuteri för aluminiumhus',
      'Vi behöver 500 gjutna aluminiumhus om året, cirka 3 kg styck. Mönster finns.',
      { unit: 't', quantity: [1, 3], frequencies: ['yearly', 'quarterly'], prices: [fixed(50000, 100000), NEGOTIABLE] },
    ),
    need(
      'Gjutning av reservdelar sökes',
      'Vi behöver enstaka gjutna reservdelar till äldre maskiner, i gjutjärn eller brons.',
      { quantity: [5, 20], frequencies: ['once'] },
    ),
  ]),

  // ── Capacity: additive manufacturing ──
  ...templates('polymer-3d-printing', { ...capacity, quantity: [20, 200], prices: [fixed(300, 800), NEGOTIABLE] }, [
    offer(
      'SLS-printning i PA12, ledig kapacitet',
      'Ledig byggvolym i två SLS-skrivare, 340 × 340 × 600 mm. Leverans inom fem arbetsdagar.',
      { specs: { Teknik: 'SLS', Material: 'PA12' } },
    ),
    offer(
      'FDM-printning av fixturer och prototyper',
      'Vi printar fixturer, mallar och prototyper i PETG, ASA och kolfiberförstärkt nylon.',
      { quantity: [10, 80], prices: [fixed(250, 500), NEGOTIABLE] },
    ),
    need(
      'Söker 3D-printning av prototyper',
      'Vi behöver printade prototyper av plastkåpor inför verktygsbeställning, fem till tio varianter.',
      { frequencies: ['once'], quantity: [10, 40] },
    ),
    need(
      'Printade fixturer sökes till monteringen',
      'Vi behöver 3D-printade fixturer och mallar till monteringslinan löpande under året.',
      { quantity: [10, 30], frequencies: ['monthly', 'quarterly'] },
    ),
  ]),
  ...templates('metal-3d-printing', { ...capacity, quantity: [20, 160], prices: [fixed(1200, 2500), NEGOTIABLE] }, [
    offer(
      'Metallprintning i rostfritt och titan',
      'Pulverbäddsskrivare för 316L och Ti6Al4V, byggvolym 250 × 250 × 300 mm. Värmebehandling och efterbearbetning via partner.',
      { specs: { Teknik: 'Pulverbäddsfusion', Material: '316L, Ti6Al4V' } },
    ),
    offer(
      'Ledig kapacitet i metallskrivare helger',
      'Vår metallskrivare är ledig över helgerna. Passar byggen som tar 30–60 timmar.',
      { quantity: [30, 120], frequencies: ['monthly'] },
    ),
    need(
      'Söker metallprintning av verktygsinsatser',
      'Vi vill prova konformkylda verktygsinsatser och behöver printning i verktygsstål.',
      { frequencies: ['once'], quantity: [20, 60] },
    ),
    need(
      'Metallprintade reservdelar sökes',
      'Vi behöver printa reservdelar som inte längre tillverkas, i rostfritt, efter våra 3D-modeller.',
      { quantity: [10, 40], frequencies: ['quarterly', 'once'] },
    ),
  ]),

  // ── Capacity: surface treatment ──
  ...templates('wet-painting', { ...capacity, quantity: [20, 160], prices: [fixed(650, 1100), NEGOTIABLE] }, [
    offer(
      'Ledig kapacitet i sprutbox för våtlack',
      'Sprutbox 8 × 4 meter med ugn. Vi lackerar maskindetaljer och stora gods med två- och enkomponentslack.',
      { specs: { Sprutbox: '8 × 4 m', Ugn: 'ja' } },
    ),
    offer(
      'Lackering av trädetaljer',
      'Ledig kapacitet i vår lacklinje för trä och MDF. Vattenburen lack i valfri NCS-kulör.',
      { quantity: [20, 80] },
    ),
    need(
      'Söker våtlackering av maskinkåpor',
      'Vi behöver lackera maskinkåpor i två kulörer, cirka 50 stycken i månaden.',
      { quantity: [20, 60], frequencies: ['monthly'] },
    ),
    need(
      'Lackering av stora gods sökes',
      'Vi behöver lackera svetsade ramar upp till 6 meter. Korrosivitetsklass C4.',
      { quantity: [20, 80], frequencies: ['once', 'quarterly'] },
    ),
  ]),
  ...templates('powder-coating', { ...capacity, quantity: [20, 160], prices: [fixed(600, 1000), NEGOTIABLE] }, [
    offer(
      'Ledig kapacitet i pulverlinje',
      'Automatisk pulverlinje med järnfosfatering och ugn. Gods upp till 7 meter och 500 kg.',
      { specs: { Godslängd: 'upp till 7 m', Förbehandling: 'Järnfosfatering' } },
    ),
    offer(
      'Pulverlackering i små serier',
      'Vi pulverlackerar små serier och enstaka detaljer i valfri RAL-kulör, även struktur och metallic.',
      { quantity: [10, 40] },
    ),
    need(
      'Söker pulverlackering av plåtdetaljer',
      'Vi behöver pulverlackera laserskurna och bockade detaljer i RAL 7016, cirka 1 000 detaljer i månaden.',
      { quantity: [20, 80], frequencies: ['monthly'] },
    ),
    need(
      'Pulverlackering av räcken sökes',
      'Vi behöver pulverlackera varmförzinkade räcken. Leveranser under sommarhalvåret.',
      { quantity: [20, 80], frequencies: ['monthly', 'once'] },
    ),
  ]),
  ...templates('plating', { ...capacity, unit: 'kg', quantity: [500, 5000], prices: [fixed(15, 40), NEGOTIABLE] }, [
    offer(
      'Elförzinkning, ledig kapacitet',
      'Ledig kapacitet i trumma och ställning för elförzinkning med passivering. Ledtid cirka en vecka.',
      { specs: { Metod: 'Trumma och ställning', Passivering: 'Trevärd' } },
    ),
    offer('Anodisering av aluminium', 'Vi anodiserar aluminiumdetaljer i natur och svart. Detaljer upp till 2 meter.', {
      unit: 'hours',
      quantity: [20, 80],
      prices: [fixed(700, 1000), NEGOTIABLE],
    }),
    need(
      'Söker elförzinkning av skruvdetaljer',
      'Vi behöver elförzinka svarvade detaljer och skruvar, cirka ett ton i månaden.',
      { quantity: [500, 1500], frequencies: ['monthly'] },
    ),
    need(
      'Anodisering sökes för prototyper',
      'Vi behöver anodisera ett tiotal prototypdetaljer i svart med kort ledtid.',
      { unit: 'hours', quantity: [2, 10], frequencies: ['once'], prices: [NEGOTIABLE] },
    ),
  ]),
  ...templates('blasting', { ...capacity, quantity: [10, 80], prices: [fixed(600, 900), NEGOTIABLE] }, [
    offer(
      'Blästring i blästerrum',
      'Blästerrum 6 × 3 meter för stål och gjutgods. Vi blästrar till Sa 2½ före lackering.',
      { specs: { Rum: '6 × 3 m', Renhetsgrad: 'Sa 2½' } },
    ),
    offer('Kulblästring av gjutgods', 'Ledig kapacitet i vår kulbläster för gjutgods och smådetaljer.', {
      quantity: [10, 40],
    }),
    need(
      'Söker blästring av stålkonstruktioner',
      'Vi behöver blästra svetsade konstruktioner före målning, cirka 20 timmar i månaden.',
      { quantity: [10, 30], frequencies: ['monthly'] },
    ),
    need(
      'Blästring av printade metalldetaljer sökes',
      'Vi behöver glaspärlblästra metallprintade detaljer efter värmebehandling.',
      { quantity: [5, 20], frequencies: ['monthly', 'quarterly'] },
    ),
  ]),

  // ── Capacity: assembly ──
  ...templates('mechanical-assembly', { ...capacity, quantity: [40, 300], prices: [fixed(450, 650), NEGOTIABLE] }, [
    offer(
      'Ledig kapacitet för legomontering',
      'Vi har montörer och yta för mekanisk montering av enheter och delmonteringar. Egen kvalitetskontroll.',
      { specs: { Yta: '600 m²' } },
    ),
    offer(
      'Montering av svetsade ramar och maskiner',
      'Vi monterar svetsade ramar med hydraulik och pneumatik till färdiga maskiner.',
      { quantity: [40, 160] },
    ),
    need(
      'Söker legomontering av en ny produkt',
      'Vi behöver montering av cirka 300 enheter om året, med komponenter som vi levererar.',
      { quantity: [60, 200], frequencies: ['quarterly', 'monthly'] },
    ),
    need(
      'Montörer sökes under produktionstopp',
      'Vi behöver extra monteringskapacitet under hösten, helst hos en partner nära Täby.',
      { quantity: [80, 300], frequencies: ['monthly'] },
    ),
  ]),
  ...templates('electronics-assembly', { ...capacity, quantity: [20, 200], prices: [fixed(550, 850), NEGOTIABLE] }, [
    offer(
      'Ledig kapacitet i ytmonteringslinje',
      'Ytmonteringslinje med lodpasta-inspektion och AOI. Passar serier från 50 till 5 000 kort.',
      { specs: { Linje: 'SMT med AOI' } },
    ),
    offer(
      'Kabelkonfektion och kabelstammar',
      'Vi tillverkar kabelstammar och konfektionerar kabel efter ritning, med elektrisk provning.',
      { quantity: [20, 120] },
    ),
    need(
      'Söker kretskortsmontering av små serier',
      'Vi behöver montera 200 kretskort i kvartalet för ett mätinstrument. Komponenter tillhandahålls delvis.',
      { quantity: [20, 60], frequencies: ['quarterly'] },
    ),
    need(
      'Kabelstammar sökes',
      'Vi söker en leverantör av kabelstammar till medicinteknisk utrustning, med spårbarhet.',
      { quantity: [20, 80], frequencies: ['monthly'] },
    ),
  ]),

  // ── Capacity: testing and laboratory ──
  ...templates('materials-testing', { ...capacity, quantity: [5, 60], prices: [fixed(900, 1400), NEGOTIABLE] }, [
    offer(
      'Dragprov och hårdhetsmätning',
      'Ackrediterade dragprov upp till 250 kN och hårdhetsmätning enligt Vickers, Brinell och Rockwell. Svar inom fem dagar.',
      { specs: { Ackreditering: 'ISO/IEC 17025' } },
    ),
    offer(
      'Oförstörande provning av svetsar',
      'Ultraljud, magnetpulver och penetrantprovning av svetsförband, även på plats hos kund.',
      { quantity: [10, 40] },
    ),
    offer(
      'Klimat- och vibrationsprovning',
      'Ledig tid i klimatkammare och vibrationsbord för provning av elektronik och mekaniska enheter.',
      { quantity: [20, 120], prices: [fixed(700, 1100), NEGOTIABLE] },
    ),
    need(
      'Söker dragprovning av regranulat',
      'Vi behöver jämföra provstavar av regranulat med jungfrulig plast, cirka 30 prov.',
      { unit: 'pcs', quantity: [20, 60], frequencies: ['once'], prices: [fixed(500, 1500), NEGOTIABLE] },
    ),
    need(
      'Provning av svetsar sökes',
      'Vi behöver oförstörande provning av svetsar i samband med certifiering enligt EN 1090.',
      { quantity: [5, 20], frequencies: ['quarterly', 'once'] },
    ),
  ]),
  ...templates('calibration', { ...capacity, quantity: [5, 40], prices: [fixed(900, 1300), NEGOTIABLE] }, [
    offer(
      'Kalibrering av mätdon',
      'Vi kalibrerar skjutmått, mikrometrar, mätklockor och momentnycklar med spårbarhet. Hämtning i länet.',
      { unit: 'pcs', quantity: [20, 200], prices: [fixed(150, 600), NEGOTIABLE] },
    ),
    offer(
      'Ledig tid i koordinatmätmaskin',
      'Mätning av detaljer i koordinatmätmaskin med mätprotokoll. Mätvolym 1 000 × 700 × 600 mm.',
      { specs: { Mätvolym: '1 000 × 700 × 600 mm' } },
    ),
    need(
      'Söker kalibrering av verkstadens mätdon',
      'Vi har cirka 150 mätdon som ska kalibreras en gång om året. Hämtning och leverans önskas.',
      { unit: 'pcs', quantity: [100, 200], frequencies: ['yearly'], prices: [fixed(150, 500), NEGOTIABLE] },
    ),
    need(
      'Mätning i koordinatmätmaskin sökes',
      'Vi behöver mäta förstaexemplar av nya detaljer och få ett mätprotokoll till kunden.',
      { quantity: [5, 20], frequencies: ['monthly', 'once'] },
    ),
  ]),
  ...templates(
    'chemical-analysis',
    {
      unit: 'pcs',
      quantity: [10, 100],
      frequencies: ['monthly', 'quarterly', 'once'],
      prices: [fixed(600, 2500), NEGOTIABLE],
    },
    [
      offer(
        'Kemisk analys av metaller och vätskor',
        'Vi analyserar legeringar med XRF och OES samt processvätskor och badvätskor. Svar inom tre dagar.',
        { specs: { Metoder: 'XRF, OES, titrering' } },
      ),
      offer(
        'Analys av processvatten och avloppsvatten',
        'Provtagning och analys av metaller, pH och COD i processvatten inför utsläpp eller återanvändning.',
        { quantity: [10, 50] },
      ),
      need(
        'Söker analys av gjutlegeringar',
        'Vi behöver analysera smältor och inköpt skrot för att säkra legeringen, cirka 40 prov i månaden.',
        { quantity: [20, 60], frequencies: ['monthly'] },
      ),
      need(
        'Analys av badvätskor sökes',
        'Vi behöver regelbunden analys av våra förbehandlingsbad för att förlänga deras livslängd.',
        { quantity: [10, 30], frequencies: ['monthly'] },
      ),
    ],
  ),

  // ── Capacity: storage ──
  ...templates(
    'pallet-storage',
    {
      unit: 'pallets',
      quantity: [20, 400],
      frequencies: ['continuous', 'monthly'],
      prices: [fixed(60, 130), NEGOTIABLE],
      specs: { 'Pris avser': 'pallplats och månad' },
    },
    [
      offer(
        'Lediga pallplatser i uppvärmt lager',
        'Vi har cirka 300 lediga pallplatser i uppvärmt lager med larm och lastkaj. In- och utleverans vardagar 7–16.',
        { specs: { 'Pris avser': 'pallplats och månad', Temperatur: 'Uppvärmt' } },
      ),
      offer(
        'Tillfälligt lager under sommaren',
        'Ledig lageryta under juni–augusti när vår säsong är låg. Cirka 150 pallplatser i hyllor.',
        { frequencies: ['once'], quantity: [50, 150] },
      ),
      need(
        'Söker lagerplatser nära Arlanda',
        'Vi behöver 100–200 pallplatser för buffertlager, gärna inom 20 km från Märsta.',
        { quantity: [100, 200] },
      ),
      need(
        'Tillfälliga pallplatser sökes under ombyggnad',
        'Vi bygger om vårt lager och behöver cirka 80 pallplatser under tre månader.',
        { quantity: [50, 100], frequencies: ['once'] },
      ),
    ],
  ),
  ...templates(
    'cold-storage',
    {
      unit: 'pallets',
      quantity: [10, 200],
      frequencies: ['continuous', 'monthly'],
      prices: [fixed(150, 300), NEGOTIABLE],
      specs: { 'Pris avser': 'pallplats och månad' },
    },
    [
      offer(
        'Lediga platser i kyllager +2–+4 °C',
        'Kyllager med temperaturloggning och reservkraft. Cirka 100 lediga pallplatser.',
        { specs: { 'Pris avser': 'pallplats och månad', Temperatur: '+2 till +4 °C' } },
      ),
      offer(
        'Fryslager −25 °C, ledig kapacitet',
        'Ledig kapacitet i fryslager efter att en kund flyttat. Lastkajer med portbälg.',
        { quantity: [20, 150], specs: { 'Pris avser': 'pallplats och månad', Temperatur: '−25 °C' } },
      ),
      need('Söker kyllager för färdigvaror', 'Vi behöver 40–60 pallplatser i kyllager nära Arlanda för färdigrätter.', {
        quantity: [40, 60],
      }),
      need(
        'Kylplatser sökes för öl på fat',
        'Vi behöver kyllager för fatöl under sommarsäsongen, cirka 30 pallplatser.',
        { quantity: [20, 40], frequencies: ['once', 'monthly'] },
      ),
    ],
  ),
  ...templates(
    'outdoor-storage',
    {
      unit: 'pallets',
      quantity: [20, 300],
      frequencies: ['continuous', 'monthly'],
      prices: [fixed(25, 70), NEGOTIABLE],
      specs: { 'Pris avser': 'pallplats och månad' },
    },
    [
      offer(
        'Hårdgjord utomhusyta med stängsel',
        'Cirka 2 000 m² asfalterad yta med stängsel och kamerabevakning. Lämplig för containrar, gods på pall och maskiner.',
        { specs: { 'Pris avser': 'pallplats och månad', Yta: 'cirka 2 000 m²' } },
      ),
      offer(
        'Uppställningsplats för båtar och trailers',
        'Uppställningsplatser utomhus under vinterhalvåret. Tillgång till el och vatten.',
        { unit: 'm3', quantity: [100, 1000], frequencies: ['once'], prices: [NEGOTIABLE] },
      ),
      need(
        'Söker utomhusyta för pallar och kragar',
        'Vi behöver en inhägnad yta för mellanlagring av pallar, cirka 500 pallplatser.',
        { quantity: [200, 500] },
      ),
      need('Yta sökes för vinterförvaring', 'Vi behöver yta för att ställa upp båtvaggor och material över vintern.', {
        unit: 'm3',
        quantity: [200, 800],
        frequencies: ['once'],
        prices: [NEGOTIABLE],
      }),
    ],
  ),

  // ── Capacity: logistics ──
  ...templates('truck-transport', { ...capacity, quantity: [10, 80], prices: [fixed(850, 1250), NEGOTIABLE] }, [
    offer(
      'Lastbil med kran, ledig kapacitet',
      'Lastbil med kran och flak för maskinflyttar och byggmaterial. Ledig tid främst måndagar och fredagar.',
      { specs: { Fordon: 'Lastbil med kran, 16 tm' } },
    ),
    offer(
      'Distributionsbil med bakgavellyft',
      'Distributionsbil för 18 pallar med bakgavellyft. Ledig kapacitet på eftermiddagarna.',
      { quantity: [10, 60], specs: { Kapacitet: '18 pallar' } },
    ),
    offer(
      'Hämtning av återvinningsmaterial',
      'Vi kör lastväxlare och kan hämta containrar med återvinningsmaterial åt andra företag i södra länet.',
      { quantity: [10, 40] },
    ),
    need(
      'Söker transport av pallar till Södertälje',
      'Vi behöver köra 10–15 pallar i veckan till en kund i Södertälje. Fast dag passar bäst.',
      { frequencies: ['weekly'], quantity: [3, 8] },
    ),
    need(
      'Kranbil sökes för maskinflytt',
      'Vi flyttar två maskiner mellan våra lokaler och behöver kranbil och lastbil under en dag.',
      { frequencies: ['once'], quantity: [6, 12] },
    ),
  ]),
  ...templates(
    'return-freight',
    {
      unit: 'pallets',
      quantity: [4, 30],
      frequencies: ['weekly', 'monthly'],
      prices: [fixed(150, 450), NEGOTIABLE],
      specs: { 'Pris avser': 'pall' },
    },
    [
      offer(
        'Lediga returlass från Södertälje',
        'Våra bilar går tomma tillbaka från Södertälje till Rosersberg tre dagar i veckan. Plats för upp till 20 pallar.',
        { specs: { 'Pris avser': 'pall', Sträcka: 'Södertälje–Rosersberg' } },
      ),
      offer(
        'Returkapacitet norr om stan',
        'Vi har ledig plats på hemvägen från kunder i Norrtälje och Täby. Samlastning av pallgods.',
        { quantity: [2, 12] },
      ),
      need(
        'Söker returlass för tomemballage',
        'Vi vill skicka tomma pallar och backar tillbaka till leverantörer i Södertälje och Nykvarn.',
        { quantity: [5, 20] },
      ),
      need(
        'Samlastning sökes till norra länet',
        'Vi behöver skicka några pallar i veckan till kunder i Märsta och Norrtälje.',
        { quantity: [2, 8], frequencies: ['weekly'] },
      ),
    ],
  ),

  // ── Capacity: packing ──
  ...templates('packing-line', { ...capacity, quantity: [20, 160], prices: [fixed(600, 950), NEGOTIABLE] }, [
    offer(
      'Ledig kapacitet i flowpack-linje',
      'Flowpack-maskin med etikettering och kontrollvåg. Lämplig för livsmedel och små industriprodukter.',
      { specs: { Typ: 'Flowpack med kontrollvåg' } },
    ),
    offer(
      'Tappning och etikettering på flaska',
      'Ledig tid i tapplinjen för flaskor 33–75 cl, med etikettering och kartongpackning.',
      { quantity: [10, 60] },
    ),
    need(
      'Söker packlinje för kaffe i påse',
      'Vi behöver packa kaffe i påsar om 250 och 500 gram med ventil, cirka 20 ton om året.',
      { quantity: [20, 60] },
    ),
    need(
      'Packning av färdigrätter sökes',
      'Vi behöver extra packkapacitet för färdigrätter i tråg med topfilm under högsäsong.',
      { quantity: [40, 120], frequencies: ['monthly'] },
    ),
  ]),
  ...templates('manual-packing', { ...capacity, quantity: [20, 300], prices: [fixed(380, 560), NEGOTIABLE] }, [
    offer(
      'Kittning och legopackning',
      'Vi kittar, packar om och märker produkter åt industri och e-handel. Yta och personal finns.',
      { specs: { Yta: '400 m²' } },
    ),
    offer(
      'Packning av kampanjförpackningar',
      'Ledig kapacitet för att sätta ihop displayer och kampanjförpackningar.',
      { quantity: [40, 200] },
    ),
    need(
      'Söker kittning av reservdelssatser',
      'Vi behöver packa reservdelssatser med tio till femton artiklar per påse, cirka 2 000 satser i kvartalet.',
      { quantity: [40, 120], frequencies: ['quarterly'] },
    ),
    need(
      'Ompackning sökes under inventering',
      'Vi behöver hjälp med ompackning och märkning av lagervaror under två veckor i januari.',
      { quantity: [60, 160], frequencies: ['once'] },
    ),
  ]),

  // ── Capacity: engineering ──
  ...templates('design-cad', { ...capacity, quantity: [20, 200], prices: [fixed(850, 1250), NEGOTIABLE] }, [
    offer(
      'Konstruktörer med ledig kapacitet',
      'Två mekanikkonstruktörer har ledig tid. Vi arbetar i SolidWorks och Inventor och tar fram tillverkningsunderlag.',
      { specs: { Verktyg: 'SolidWorks, Inventor' } },
    ),
    offer(
      'Konstruktion för plast och formsprutning',
      'Vi konstruerar plastdetaljer och gör formfyllnadsanalys inför verktygsbeställning.',
      { quantity: [20, 80] },
    ),
    need('Söker konstruktör för fixturer', 'Vi behöver konstruera fixturer till en ny robotcell, cirka 80 timmar.', {
      frequencies: ['once'],
      quantity: [60, 120],
    }),
    need(
      'Ritningsunderlag sökes för äldre reservdelar',
      'Vi behöver ta fram ritningar på äldre reservdelar utifrån befintliga detaljer.',
      { quantity: [20, 60], frequencies: ['once', 'quarterly'] },
    ),
  ]),
  ...templates('production-engineering', { ...capacity, quantity: [20, 200], prices: [fixed(900, 1300), NEGOTIABLE] }, [
    offer(
      'Produktionstekniker för beredning och CAM',
      'Vi gör beredning, CAM-programmering och processuppsättning åt verkstäder som saknar egen kapacitet.',
      { specs: { Verktyg: 'Mastercam, Fusion' } },
    ),
    offer(
      'Stöd vid automation och linjeombyggnad',
      'Vi planerar och leder automationsprojekt och linjeombyggnader från förstudie till driftsättning.',
      { quantity: [40, 200] },
    ),
    need(
      'Söker stöd för att minska kassationer',
      'Vi vill minska kassationerna i formsprutningen och söker produktionstekniker för en analys.',
      { frequencies: ['once'], quantity: [40, 120] },
    ),
    need(
      'Produktionstekniker sökes för ny linje',
      'Vi bygger en ny svetslinje och behöver produktionsteknisk kapacitet under ett halvår.',
      { quantity: [60, 160], frequencies: ['monthly'] },
    ),
  ]),

  // ── Capacity: sorting and recycling ──
  ...templates('sorting', { ...capacity, quantity: [20, 160], prices: [fixed(550, 900), NEGOTIABLE] }, [
    offer(
      'Sorteringslinje med ledig kapacitet',
      'Vi har ledig tid i sorteringslinjen för blandat verksamhetsavfall. Vi sorterar ut metall, trä, plast och papper.',
      { unit: 't', quantity: [20, 200], prices: [fixed(400, 900), NEGOTIABLE] },
    ),
    offer(
      'Sortering och test av elektronik',
      'Vi sorterar, testar och grupperar begagnad IT och elektronik för återbruk.',
      { quantity: [20, 80] },
    ),
    need(
      'Söker hjälp med sortering av returgods',
      'Vi behöver sortera returgods i återsäljbart och återvinningsbart under högsäsong.',
      { quantity: [40, 160], frequencies: ['monthly'] },
    ),
    need(
      'Eftersortering av blandad plast sökes',
      'Vi behöver eftersortera blandad plast till rena fraktioner innan malning.',
      { unit: 't', quantity: [10, 60], prices: [fixed(500, 1200), NEGOTIABLE] },
    ),
  ]),
  ...templates('shredding', { ...capacity, unit: 't', quantity: [10, 200], prices: [fixed(500, 2500), NEGOTIABLE] }, [
    offer(
      'Kross för betong och tegel',
      'Mobil kross för betong, tegel och asfalt. Vi krossar på plats eller på vår anläggning.',
      { quantity: [100, 1000], prices: [fixed(60, 150), NEGOTIABLE] },
    ),
    offer(
      'Fragmentering av trä och pallar',
      'Vi flisar trasiga pallar och träavfall till biobränsle. Spikar och beslag avskiljs med magnet.',
      { quantity: [20, 100], prices: [fixed(200, 600), NEGOTIABLE] },
    ),
    need('Söker destruktion av hårddiskar', 'Vi behöver krossa hårddiskar och minnen med intyg om destruktion.', {
      unit: 'hours',
      quantity: [4, 20],
      prices: [fixed(900, 1500), NEGOTIABLE],
    }),
    need(
      'Krossning av kasserade plastdetaljer sökes',
      'Vi behöver krossa kasserade plastdetaljer innan de kan granuleras, cirka 10 ton i månaden.',
      { quantity: [5, 15], frequencies: ['monthly'] },
    ),
  ]),
  ...templates(
    'granulating',
    { ...capacity, unit: 'kg', quantity: [1000, 10000], prices: [fixed(1.5, 4), NEGOTIABLE] },
    [
      offer(
        'Ledig kapacitet för malning och regranulering',
        'Vi mal och regranulerar PP, PE och ABS åt kund. Materialet hålls isär och returneras som granulat.',
        { specs: { Polymerer: 'PP, PE, ABS' } },
      ),
      offer(
        'Malning av produktionsspill',
        'Plastkvarn med ledig kapacitet för malning av ingjutningar och kassationer till 6–8 mm.',
        { unit: 'hours', quantity: [10, 60], prices: [fixed(500, 800), NEGOTIABLE] },
      ),
      need(
        'Söker lönegranulering av PP',
        'Vi vill få vårt eget PP-spill regranulerat och tillbaka, cirka tre ton i månaden.',
        { quantity: [2000, 4000], frequencies: ['monthly'] },
      ),
      need('Malning av kasserade backar sökes', 'Vi behöver mala kasserade transportbackar i PE-HD, cirka fem ton.', {
        quantity: [3000, 6000],
        frequencies: ['once'],
      }),
    ],
  ),

  // ── Capacity: repair and remanufacturing ──
  ...templates('repair-maintenance', { ...capacity, quantity: [10, 120], prices: [fixed(750, 1050), NEGOTIABLE] }, [
    offer(
      'Servicetekniker för verktygsmaskiner',
      'Våra servicetekniker har ledig tid för förebyggande underhåll och felsökning på CNC-maskiner.',
      { specs: { Styrsystem: 'Fanuc, Siemens, Heidenhain' } },
    ),
    offer(
      'Hydraulikservice och reparationer',
      'Vi reparerar hydraulcylindrar, pumpar och ventiler i vår verkstad eller på plats.',
      { quantity: [10, 60] },
    ),
    need(
      'Söker service av truckar och lyftbord',
      'Vi behöver regelbunden service av truckar och lyftbord, cirka en dag i månaden.',
      { quantity: [6, 12], frequencies: ['monthly'] },
    ),
    need(
      'Reparation av kylaggregat sökes',
      'Vi behöver en tekniker som kan reparera och serva kylaggregat och pumpar i vår anläggning.',
      { quantity: [10, 40], frequencies: ['quarterly', 'once'] },
    ),
  ]),
  ...templates('remanufacturing', { ...capacity, quantity: [20, 200], prices: [fixed(700, 1000), NEGOTIABLE] }, [
    offer(
      'Renovering av verktygsmaskiner',
      'Vi renoverar svarvar och fräsar med nya styrsystem, skrapade gejdrar och nya kulskruvar.',
      { specs: { Omfattning: 'Mekanik, el och styrsystem' } },
    ),
    offer(
      'Renovering av IT-utrustning',
      'Vi renoverar datorer och skärmar med nya batterier och tangentbord och gradering enligt standard.',
      { unit: 'pcs', quantity: [50, 500], prices: [fixed(150, 500), NEGOTIABLE] },
    ),
    need(
      'Söker renovering av växellådor',
      'Vi vill renovera växellådor från våra fordon i stället för att köpa nya, cirka 20 om året.',
      { unit: 'pcs', quantity: [5, 20], frequencies: ['quarterly', 'yearly'], prices: [NEGOTIABLE] },
    ),
    need('Renovering av press sökes', 'Vi har en 200-tons hydraulpress som behöver renoveras och få nytt styrsystem.', {
      frequencies: ['once'],
      quantity: [80, 200],
    }),
  ]),
];
