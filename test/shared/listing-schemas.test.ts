import { expect, test } from 'vitest';
import { EwcCodeSchema, isHazardousEwcCode, ListingFieldsSchema } from '../../shared/listings/schemas';
import { roundForTeaser } from '../../shared/listings/teaser';

const valid = {
  side: 'need',
  type: 'capacity',
  categoryId: 'cnc-milling',
  title: 'Fräskapacitet sökes',
  quantity: 20,
  unit: 'hours',
  frequency: 'weekly',
  availableFrom: '2027-01-01',
  siteId: '00000000-0000-4000-8000-000000000000',
  priceModel: 'negotiable',
};

test('EWC codes are accepted as written in the list and stored as six digits', () => {
  expect(EwcCodeSchema.parse('12 01 09*')).toBe('120109');
  expect(EwcCodeSchema.parse('120103')).toBe('120103');
  expect(EwcCodeSchema.safeParse('1201').error?.issues[0]?.message).toBe('validation.ewcFormat');
  expect(EwcCodeSchema.safeParse('999999').error?.issues[0]?.message).toBe('validation.ewcUnknown');
  expect(isHazardousEwcCode('120109')).toBe(true);
  expect(isHazardousEwcCode('120103')).toBe(false);
});

test('a valid capacity need parses with defaults filled in', () => {
  const parsed = ListingFieldsSchema.parse(valid);
  expect(parsed).toMatchObject({ description: '', specs: [], visibility: 'public', anonymous: false, language: 'sv' });
});

test('each broken rule names its field', () => {
  const issues = (input: object) =>
    ListingFieldsSchema.safeParse({ ...valid, ...input }).error?.issues.map(
      (issue) => `${issue.path.join('.')}:${issue.message}`,
    );
  expect(issues({ categoryId: 'aluminium-swarf' })).toContain('categoryId:validation.categoryType');
  expect(issues({ unit: 'kg' })).toContain('unit:validation.unitForCategory');
  expect(issues({ availableUntil: '2026-12-31' })).toContain('availableUntil:validation.untilBeforeFrom');
  expect(issues({ priceModel: 'pays_for_removal' })).toContain('priceSek:validation.priceRequired');
  expect(issues({ specs: [{ key: '', value: 'x' }] })).toContain('specs.0.key:validation.required');
  expect(issues({ extra: true })?.length).toBe(1);
});

test('teaser quantities keep two significant digits', () => {
  expect(roundForTeaser(2345)).toBe(2300);
  expect(roundForTeaser(2)).toBe(2);
  expect(roundForTeaser(0.456)).toBeCloseTo(0.46);
  expect(roundForTeaser(987_654)).toBe(990_000);
});
