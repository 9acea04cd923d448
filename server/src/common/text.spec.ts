import { describe, expect, it } from 'vitest';
import { cleanText, foldVietnamese } from './text';

describe('foldVietnamese', () => {
  it('strips tones and marks, maps đ and lowercases', () => {
    expect(foldVietnamese('Nguyễn Văn Đức')).toBe('nguyen van duc');
    expect(foldVietnamese('  LÊ   THỊ  Hồng  ')).toBe('le thi hong');
  });

  it('treats decomposed (NFD) and composed (NFC) input alike', () => {
    const nfd = 'Quỳnh Lưu'.normalize('NFD');
    expect(foldVietnamese(nfd)).toBe(foldVietnamese('Quỳnh Lưu'));
  });
});

describe('cleanText', () => {
  it('stores NFC with single spaces', () => {
    expect(cleanText(' Trần\u00a0 Thị  Hà '.normalize('NFD'))).toBe('Trần Thị Hà');
  });
});
