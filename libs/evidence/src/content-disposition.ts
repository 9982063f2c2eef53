/**
 * The Content-Disposition of a download, with the Vietnamese name intact for every browser
 * that reads RFC 6266's `filename*` (UTF-8, RFC 8187) and an ASCII stand-in for those that
 * do not: "Báo cáo đã ký.pdf" → filename="Bao cao da ky.pdf"; filename*=UTF-8''B%C3%A1o…
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName.normalize('NFC')).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
