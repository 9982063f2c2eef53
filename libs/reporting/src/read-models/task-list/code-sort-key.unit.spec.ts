import { codeSection, codeSortKey } from './code-sort-key';

describe('codeSortKey', () => {
  const sorted = (codes: (string | null)[]) =>
    [...codes].sort((a, b) =>
      codeSortKey(a) < codeSortKey(b) ? -1 : codeSortKey(a) > codeSortKey(b) ? 1 : 0,
    );

  it('orders plan item numbers by the value of their Roman and Arabic numerals', () => {
    expect(sorted(['V', 'III.10', 'IV.1', 'III.2', 'II.1', 'III.2.1', 'IX', null, 'I'])).toEqual([
      'I',
      'II.1',
      'III.2',
      'III.2.1',
      'III.10',
      'IV.1',
      'V',
      'IX',
      null,
    ]);
  });

  it('keeps codes that are not numerals, after the numbers of their level', () => {
    expect(sorted(['KTS-2', 'KTS-10', 'II.a', 'II.1'])).toEqual(['II.1', 'II.a', 'KTS-10', 'KTS-2']);
  });

  it('cuts a code to its section', () => {
    expect(codeSection('III.5.2', 2)).toBe('III.5');
    expect(codeSection('III.1', 2)).toBe('III.1');
    expect(codeSection('II', 2)).toBe('II');
    expect(codeSection(null, 2)).toBeNull();
  });
});
