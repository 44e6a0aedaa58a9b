import { findNulCharacters } from './reject-nul-characters';

describe('findNulCharacters', () => {
  it('names every string argument that holds U+0000, nested ones included', () => {
    const args = {
      email: 'a\u0000@example.com',
      input: { company: 'Harbor\u0000', tags: ['ok', 'b\u0000d'], employeeCount: 5 },
      occurredAt: new Date('2026-03-02T09:00:00Z'),
    };

    expect(findNulCharacters(args, '')).toEqual(['email', 'input.company', 'input.tags[1]']);
  });

  it('finds nothing in clean arguments', () => {
    expect(findNulCharacters({ email: 'kim@example.com', input: { note: 'line\nbreak' } }, '')).toEqual([]);
  });
});
