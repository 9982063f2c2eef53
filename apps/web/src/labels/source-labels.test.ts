import { describe, expect, it } from 'vitest';
import { SECTION_PATTERN, sourceLabel } from './source-labels';

describe('sourceLabel', () => {
  const plan495 = { number: '495/KH-UBND', title: 'Chuyển đổi số thành phố Huế năm 2026' };
  const unnumbered = { number: null, title: 'Chuyển đổi số thành phố Huế giai đoạn 2026 - 2030' };

  it('names the plan by its number and the section as a mục', () => {
    expect(sourceLabel({ documentNumber: '495/KH-UBND', section: 'III.5.2' }, plan495)).toBe(
      'Kế hoạch 495/KH-UBND, mục III.5.2',
    );
  });

  it('names a paragraph as it is, and another kind of document as a văn bản', () => {
    expect(sourceLabel({ documentNumber: '1033/QĐ-TTg', section: 'đoạn 8' }, plan495)).toBe(
      'Văn bản 1033/QĐ-TTg, đoạn 8',
    );
  });

  it('says when the document shows no number', () => {
    expect(sourceLabel({ documentNumber: null, section: 'III.5, gạch đầu dòng 2' }, unnumbered)).toBe(
      'Kế hoạch Chuyển đổi số thành phố Huế giai đoạn 2026 - 2030 (văn bản không ghi số), mục III.5, gạch đầu dòng 2',
    );
    expect(sourceLabel({ documentNumber: null, section: 'II.2.a' }, plan495)).toBe(
      'Văn bản không ghi số về Kế hoạch 495/KH-UBND, mục II.2.a',
    );
  });

  it('accepts section numbers only', () => {
    for (const ok of ['III.5', 'VI.3.1', 'SĐ-II.2', 'II.2.đ']) expect(SECTION_PATTERN.test(ok)).toBe(true);
    for (const bad of ['III.5.', '.5', 'III 5', '%']) expect(SECTION_PATTERN.test(bad)).toBe(false);
  });
});
