import iconv from 'iconv-lite';
import { ImportFileError } from './errors';

export interface DecodedText {
  text: string;
  encoding: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a CSV's bytes: a BOM decides (UTF-8, UTF-16LE, UTF-16BE); else strict UTF-8; bytes that are not valid
 * UTF-8 are the Windows-1258 (Vietnamese ANSI) that older Excel versions save. Text is returned in NFC, because
 * Windows-1258 and some Mac tools produce decomposed (NFD) Vietnamese. Binary content is refused.
 */
export function decodeText(buf: Buffer): DecodedText {
  let text: string;
  let encoding: string;
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    encoding = 'UTF-8';
    text = decodeUtf8(buf.subarray(3));
  } else if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    encoding = 'UTF-16LE';
    text = iconv.decode(buf.subarray(2), 'utf16le');
  } else if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    encoding = 'UTF-16BE';
    text = iconv.decode(buf.subarray(2), 'utf16be');
  } else {
    try {
      text = utf8.decode(buf);
      encoding = 'UTF-8';
    } catch {
      text = iconv.decode(buf, 'windows-1258');
      encoding = 'windows-1258';
    }
  }
  if (looksBinary(text)) {
    throw new ImportFileError('import/unreadable_file', 'Không đọc được tệp: nội dung không phải văn bản CSV hay bảng tính XLSX.');
  }
  return { text: text.normalize('NFC'), encoding };
}

function decodeUtf8(buf: Buffer): string {
  try {
    return utf8.decode(buf);
  } catch {
    throw new ImportFileError('import/unreadable_file', 'Không đọc được tệp: tệp đánh dấu UTF-8 nhưng chứa byte không hợp lệ.');
  }
}

/** NUL or other control characters (besides tab, CR, LF) mean this is not a text file. */
function looksBinary(text: string): boolean {
  const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad > 0 && bad * 100 > sample.length;
}
