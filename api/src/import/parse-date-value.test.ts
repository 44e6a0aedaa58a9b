import { parseIsoDateTime, parseZohoDateTime } from './parse-date-value';

describe('parseIsoDateTime', () => {
  it.each([
    ['2021-04-15', '2021-04-15T00:00:00.000Z'],
    ['2021-04-15 00:03', '2021-04-15T00:03:00.000Z'],
    ['2021-04-15T00:03:00Z', '2021-04-15T00:03:00.000Z'],
    ['2021-04-15T00:03:00.123Z', '2021-04-15T00:03:00.123Z'],
    ['2021-04-15T00:03:00.1234567', '2021-04-15T00:03:00.123Z'],
    ['2024-03-07T01:15:00+09:00', '2024-03-06T16:15:00.000Z'],
    ['2024-03-07T01:15:00-0530', '2024-03-07T06:45:00.000Z'],
    ['2024-03-07 01:15 +01', '2024-03-07T00:15:00.000Z'],
    ['2024-02-29T12:00:00z', '2024-02-29T12:00:00.000Z'],
  ])('parseIsoDateTime reads %j as %j', (text, iso) => {
    expect(parseIsoDateTime(text)).toEqual({ ok: true, value: iso });
  });

  it.each(['15/04/2021', '2021-02-30', '2023-02-29', '2021-13-01', '2021-04-15T24:00:00Z', '2021-04-15T10:60', 'yesterday'])(
    'parseIsoDateTime rejects %j',
    (text) => {
      expect(parseIsoDateTime(text)).toEqual({
        ok: false,
        reason: 'is not a date; write it as YYYY-MM-DD or YYYY-MM-DDTHH:mm:ssZ, such as 2021-04-15T00:03:00Z',
      });
    },
  );
});

describe('parseZohoDateTime', () => {
  it.each([
    ['15 Apr, 2021 00:03:00', '2021-04-15T00:03:00.000Z'],
    ['5 Sep, 2023 23:59:59', '2023-09-05T23:59:59.000Z'],
    ['15 April 2021 00:03', '2021-04-15T00:03:00.000Z'],
    ['02 Nov, 2022 14:30:00 +01:00', '2022-11-02T13:30:00.000Z'],
    ['02 Nov, 2022 14:30:00 GMT+05:30', '2022-11-02T09:00:00.000Z'],
    ['02 Nov, 2022 14:30:00 UTC', '2022-11-02T14:30:00.000Z'],
    ['02 Nov, 2022 12:03 AM', '2022-11-02T00:03:00.000Z'],
    ['02 Nov, 2022 02:30 PM', '2022-11-02T14:30:00.000Z'],
    ['15 Apr, 2021', '2021-04-15T00:00:00.000Z'],
    ['2021-04-15T00:03:00+02:00', '2021-04-14T22:03:00.000Z'],
  ])('parseZohoDateTime reads %j as %j', (text, iso) => {
    expect(parseZohoDateTime(text)).toEqual({ ok: true, value: iso });
  });

  it.each(['31 Feb, 2022 10:00:00', '15 Foo, 2021 00:03:00', '02 Nov, 2022 13:30 PM', 'Apr 15 2021'])(
    'parseZohoDateTime rejects %j',
    (text) => {
      expect(parseZohoDateTime(text)).toEqual({
        ok: false,
        reason: 'is not a date; write it as "15 Apr, 2021 00:03:00" or as 2021-04-15T00:03:00Z',
      });
    },
  );
});
