import { chooseCompanySizeBand, COMPANY_SIZE_BANDS, listCompanySizeBandKeys, percentileCont, ratio, UNKNOWN_SIZE_BAND } from './kpi-math';

describe('chooseCompanySizeBand', () => {
  it.each([
    [1, '1-49'],
    [49, '1-49'],
    [50, '50-199'],
    [199, '50-199'],
    [200, '200-999'],
    [999, '200-999'],
    [1000, '1000+'],
    [250000, '1000+'],
    [0, UNKNOWN_SIZE_BAND],
    [-3, UNKNOWN_SIZE_BAND],
    [null, UNKNOWN_SIZE_BAND],
    [Number.NaN, UNKNOWN_SIZE_BAND],
  ])('puts %p employees in %p', (employees, band) => {
    expect(chooseCompanySizeBand(employees)).toBe(band);
  });

  it('covers the bands without gaps', () => {
    for (let index = 1; index < COMPANY_SIZE_BANDS.length; index += 1) {
      expect(COMPANY_SIZE_BANDS[index]?.minEmployees).toBe((COMPANY_SIZE_BANDS[index - 1]?.maxEmployees ?? Number.NaN) + 1);
    }
  });

  it('lists the unknown band last', () => {
    expect(listCompanySizeBandKeys()).toEqual(['1-49', '50-199', '200-999', '1000+', 'UNKNOWN']);
  });
});

describe('ratio', () => {
  it('divides', () => {
    expect(ratio(1, 4)).toBe(0.25);
  });

  it('returns null for a zero denominator', () => {
    expect(ratio(0, 0)).toBeNull();
  });
});

describe('percentileCont', () => {
  it('interpolates between ranks', () => {
    expect(percentileCont([10, 20, 30, 40], 0.5)).toBe(25);
    expect(percentileCont([10, 20, 30, 40], 0.9)).toBeCloseTo(37);
  });

  it('ignores input order', () => {
    expect(percentileCont([5, 1, 3], 0.5)).toBe(3);
  });

  it('returns the only value', () => {
    expect(percentileCont([7], 0.9)).toBe(7);
  });

  it('returns null without values', () => {
    expect(percentileCont([], 0.5)).toBeNull();
  });

  it('rejects a fraction above 1', () => {
    expect(() => percentileCont([1], 50)).toThrow('percentile fraction 50 is invalid');
  });
});
