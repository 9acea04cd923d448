import { foldVietnamese } from '../../common/text';

/**
 * Matching key of a header or an enum-like cell: NFC, diacritics folded (đ → d), case-folded, punctuation turned into
 * spaces, whitespace collapsed. "Xã/Phường", "xa phuong" and "XÃ - PHƯỜNG" all give "xa phuong".
 */
export function matchKey(text: string): string {
  // Enum-like columns repeat a handful of values over thousands of rows: remember their keys.
  let key = cache.get(text);
  if (key === undefined) {
    key = computeKey(text);
    if (cache.size >= 20_000) cache.clear();
    cache.set(text, key);
  }
  return key;
}

const cache = new Map<string, string>();

function computeKey(text: string): string {
  return foldVietnamese(text.normalize('NFC'))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The stable identity of a person in a commune, used to make imports idempotent: the folded full name exactly as the
 * directory's `official.sort_key` stores it (NFC → no diacritics, lower case, single spaces).
 */
export function nameKey(fullName: string): string {
  return foldVietnamese(fullName.normalize('NFC'));
}
