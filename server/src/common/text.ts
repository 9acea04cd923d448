/**
 * Folds Vietnamese text for search: strips diacritics (NFD + combining marks), maps đ/Đ to d and lowercases,
 * so "Nguyễn Văn Đức" and "nguyen van duc" compare equal. The same function fills the indexed column and
 * normalises search terms.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** NFC and collapsed whitespace: how names are stored. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
