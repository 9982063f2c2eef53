import { describe, expect, it } from 'vitest';
import { evidenceFileProblem, evidenceTypeOf, fileSize } from './evidence-labels';

describe('evidence files in the forms', () => {
  it('sends each accepted kind with the type the API expects, by its name', () => {
    expect(evidenceTypeOf('Báo cáo (đã ký).PDF')).toBe('application/pdf');
    expect(evidenceTypeOf('so-lieu.csv')).toBe('text/csv');
    expect(evidenceTypeOf('anh.jpeg')).toBe('image/jpeg');
    expect(evidenceTypeOf('setup.exe')).toBeUndefined();
  });

  it('says in Vietnamese why a file cannot be sent', () => {
    expect(evidenceFileProblem({ name: 'setup.exe', size: 10 })).toMatch(/không thuộc loại được chấp nhận/);
    expect(evidenceFileProblem({ name: 'rong.pdf', size: 0 })).toBe('Tệp "rong.pdf" rỗng; hãy chọn lại tệp.');
    expect(evidenceFileProblem({ name: 'lon.pdf', size: 21 * 1024 * 1024 })).toBe(
      'Tệp "lon.pdf" có dung lượng 21 MB, vượt quá mức tối đa 20 MB.',
    );
    expect(evidenceFileProblem({ name: 'bao-cao.pdf', size: 1000 })).toBeUndefined();
  });

  it('writes sizes in KB and MB with a Vietnamese decimal comma', () => {
    expect(fileSize(182411)).toBe('178,1 KB');
    expect(fileSize(2 * 1024 * 1024)).toBe('2 MB');
    expect(fileSize(500)).toBe('500 byte');
  });
});
