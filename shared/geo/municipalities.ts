// Generated from shared/data/municipalities.json (see shared/data/SOURCES.md for where each
// coordinate comes from): the municipalities Sidestream serves, with the seat's coordinates,
// which a new site gets until its owner moves the pin.

export type Municipality = {
  code: string;
  name: string;
  seat: string;
  lat: number;
  lon: number;
  inStockholmCounty: boolean;
};

export const municipalities: readonly Municipality[] = [
  { code: '0114', name: 'Upplands Väsby', seat: 'Upplands Väsby', lat: 59.5184, lon: 17.9113, inStockholmCounty: true },
  { code: '0115', name: 'Vallentuna', seat: 'Vallentuna', lat: 59.5344, lon: 18.0776, inStockholmCounty: true },
  { code: '0117', name: 'Österåker', seat: 'Åkersberga', lat: 59.4794, lon: 18.2997, inStockholmCounty: true },
  { code: '0120', name: 'Värmdö', seat: 'Gustavsberg', lat: 59.3268, lon: 18.3897, inStockholmCounty: true },
  { code: '0123', name: 'Järfälla', seat: 'Jakobsberg', lat: 59.4227, lon: 17.8351, inStockholmCounty: true },
  { code: '0125', name: 'Ekerö', seat: 'Ekerö', lat: 59.291, lon: 17.8121, inStockholmCounty: true },
  { code: '0126', name: 'Huddinge', seat: 'Huddinge', lat: 59.2371, lon: 17.9819, inStockholmCounty: true },
  { code: '0127', name: 'Botkyrka', seat: 'Tumba', lat: 59.1986, lon: 17.8332, inStockholmCounty: true },
  { code: '0128', name: 'Salem', seat: 'Salem', lat: 59.2, lon: 17.7667, inStockholmCounty: true },
  { code: '0136', name: 'Haninge', seat: 'Handen', lat: 59.1681, lon: 18.138, inStockholmCounty: true },
  { code: '0138', name: 'Tyresö', seat: 'Bollmora', lat: 59.242, lon: 18.2276, inStockholmCounty: true },
  { code: '0139', name: 'Upplands-Bro', seat: 'Kungsängen', lat: 59.4786, lon: 17.7483, inStockholmCounty: true },
  { code: '0140', name: 'Nykvarn', seat: 'Nykvarn', lat: 59.1772, lon: 17.4323, inStockholmCounty: true },
  { code: '0160', name: 'Täby', seat: 'Täby', lat: 59.4439, lon: 18.0687, inStockholmCounty: true },
  { code: '0162', name: 'Danderyd', seat: 'Djursholm', lat: 59.3993, lon: 18.0562, inStockholmCounty: true },
  { code: '0163', name: 'Sollentuna', seat: 'Sollentuna', lat: 59.428, lon: 17.9509, inStockholmCounty: true },
  { code: '0180', name: 'Stockholm', seat: 'Stockholm', lat: 59.3294, lon: 18.0687, inStockholmCounty: true },
  { code: '0181', name: 'Södertälje', seat: 'Södertälje', lat: 59.1955, lon: 17.6253, inStockholmCounty: true },
  { code: '0182', name: 'Nacka', seat: 'Nacka', lat: 59.3105, lon: 18.1637, inStockholmCounty: true },
  { code: '0183', name: 'Sundbyberg', seat: 'Sundbyberg', lat: 59.3613, lon: 17.9711, inStockholmCounty: true },
  { code: '0184', name: 'Solna', seat: 'Solna', lat: 59.36, lon: 18.0009, inStockholmCounty: true },
  { code: '0186', name: 'Lidingö', seat: 'Lidingö', lat: 59.3667, lon: 18.1333, inStockholmCounty: true },
  { code: '0187', name: 'Vaxholm', seat: 'Vaxholm', lat: 59.4023, lon: 18.3532, inStockholmCounty: true },
  { code: '0188', name: 'Norrtälje', seat: 'Norrtälje', lat: 59.758, lon: 18.705, inStockholmCounty: true },
  { code: '0191', name: 'Sigtuna', seat: 'Märsta', lat: 59.6216, lon: 17.8548, inStockholmCounty: true },
  { code: '0192', name: 'Nynäshamn', seat: 'Nynäshamn', lat: 58.9034, lon: 17.9479, inStockholmCounty: true },
  { code: '0305', name: 'Håbo', seat: 'Bålsta', lat: 59.5671, lon: 17.5278, inStockholmCounty: false },
  { code: '0330', name: 'Knivsta', seat: 'Knivsta', lat: 59.7256, lon: 17.7875, inStockholmCounty: false },
  { code: '0380', name: 'Uppsala', seat: 'Uppsala', lat: 59.8588, lon: 17.6389, inStockholmCounty: false },
  { code: '0381', name: 'Enköping', seat: 'Enköping', lat: 59.6361, lon: 17.0777, inStockholmCounty: false },
  { code: '0461', name: 'Gnesta', seat: 'Gnesta', lat: 59.0475, lon: 17.3119, inStockholmCounty: false },
  { code: '0480', name: 'Nyköping', seat: 'Nyköping', lat: 58.753, lon: 17.0079, inStockholmCounty: false },
  { code: '0484', name: 'Eskilstuna', seat: 'Eskilstuna', lat: 59.3666, lon: 16.5077, inStockholmCounty: false },
  { code: '0486', name: 'Strängnäs', seat: 'Strängnäs', lat: 59.3774, lon: 17.0312, inStockholmCounty: false },
  { code: '0488', name: 'Trosa', seat: 'Trosa', lat: 58.8962, lon: 17.5481, inStockholmCounty: false },
];

const byCode = new Map(municipalities.map((municipality) => [municipality.code, municipality]));

export function getMunicipality(code: string): Municipality | undefined {
  return byCode.get(code);
}

export const municipalityCodes = municipalities.map((municipality) => municipality.code);
