/** Swedish unit names and number phrases; plural forms follow i18next's keys (_one, _other). */
export const formatSv = {
  units: {
    kg_one: 'kg',
    kg_other: 'kg',
    t_one: 'ton',
    t_other: 'ton',
    l_one: 'liter',
    l_other: 'liter',
    m3_one: 'm³',
    m3_other: 'm³',
    pcs_one: 'st',
    pcs_other: 'st',
    pallets_one: 'pall',
    pallets_other: 'pallar',
    hours_one: 'timme',
    hours_other: 'timmar',
    kWh_one: 'kWh',
    kWh_other: 'kWh',
    MWh_one: 'MWh',
    MWh_other: 'MWh',
  },
  format: {
    quantity: '{{number}} {{unit}}',
    quantityPer: '{{number}} {{unit}} {{frequency}}',
    pricePerUnit: '{{price}} per {{unit}}',
    coordinates: '{{lat}}° N, {{lon}}° Ö',
  },
};
