import { attachmentDisposition } from './content-disposition';

describe('the Content-Disposition of an evidence download', () => {
  it('keeps the Vietnamese name in filename*, UTF-8 percent-encoded, with an ASCII fallback', () => {
    expect(attachmentDisposition('Báo cáo số 12 (đã ký).pdf')).toBe(
      `attachment; filename="Bao cao so 12 (da ky).pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20s%E1%BB%91%2012%20%28%C4%91%C3%A3%20k%C3%BD%29.pdf`,
    );
  });

  it('cannot be broken out of by quotes or backslashes in the name', () => {
    expect(attachmentDisposition('a"b\\c.csv')).toMatch(
      /^attachment; filename="a_b_c\.csv"; filename\*=UTF-8''a%22b%5Cc\.csv$/,
    );
  });

  it('decodes back to the very name', () => {
    const name = 'Ảnh hiện trường – Đường Lê Lợi.jpg';
    const encoded = /filename\*=UTF-8''(.*)$/.exec(attachmentDisposition(name))![1];
    expect(decodeURIComponent(encoded)).toBe(name);
  });
});
