import { CSV_BOM, csvCell, csvLine, parseCsv } from './audit-csv';

describe('audit CSV', () => {
  it('quotes what needs quoting and round-trips Vietnamese text', () => {
    const row = [
      'Sở Tài chính đã tiếp nhận nhiệm vụ II.1',
      'Báo cáo: "đã hoàn thành", còn lại 5%',
      'dòng 1\r\ndòng 2',
      42,
      null,
      { tiêuĐề: 'Chuyển đổi số' },
    ];
    const text = CSV_BOM + csvLine(['a', 'b', 'c', 'd', 'e', 'f']) + csvLine(row);
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c', 'd', 'e', 'f'],
      [
        'Sở Tài chính đã tiếp nhận nhiệm vụ II.1',
        'Báo cáo: "đã hoàn thành", còn lại 5%',
        'dòng 1\r\ndòng 2',
        '42',
        '',
        '{"tiêuĐề":"Chuyển đổi số"}',
      ],
    ]);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+84 234')).toBe("'+84 234");
    expect(csvCell(-5)).toBe('-5');
  });
});
