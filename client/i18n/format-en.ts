import type { formatSv } from './format-sv';

export const formatEn: typeof formatSv = {
  units: {
    kg_one: 'kg',
    kg_other: 'kg',
    t_one: 't',
    t_other: 't',
    l_one: 'litre',
    l_other: 'litres',
    m3_one: 'm³',
    m3_other: 'm³',
    pcs_one: 'piece',
    pcs_other: 'pieces',
    pallets_one: 'pallet',
    pallets_other: 'pallets',
    hours_one: 'hour',
    hours_other: 'hours',
    kWh_one: 'kWh',
    kWh_other: 'kWh',
    MWh_one: 'MWh',
    MWh_other: 'MWh',
  },
  format: {
    quantity: '{{number}} {{unit}}',
    quantityPer: '{{number}} {{unit}} {{frequency}}',
    pricePerUnit: '{{price}} per {{unit}}',
    coordinates: '{{lat}}° N, {{lon}}° E',
  },
};
