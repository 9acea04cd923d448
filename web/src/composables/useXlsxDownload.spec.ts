import { describe, expect, it } from 'vitest'
import { downloadError, filenameFromDisposition } from './useXlsxDownload'

describe('filenameFromDisposition', () => {
  it('prefers the UTF-8 name', () => {
    expect(filenameFromDisposition(`attachment; filename="Thoi-khoa-bieu.xlsx"; filename*=UTF-8''Th%E1%BB%9Di%20kh%C3%B3a%20bi%E1%BB%83u.xlsx`)).toBe('Thời khóa biểu.xlsx')
  })

  it('falls back to the plain name, or none', () => {
    expect(filenameFromDisposition('attachment; filename="Danh-sach-lop-NA-2026-L01.xlsx"')).toBe('Danh-sach-lop-NA-2026-L01.xlsx')
    expect(filenameFromDisposition('attachment; filename=a.xlsx')).toBe('a.xlsx')
    expect(filenameFromDisposition(null)).toBeNull()
  })
})

describe('downloadError', () => {
  it('reads the code of a refused download', async () => {
    const res = new Response(JSON.stringify({ code: 'auth/forbidden', message: 'no' }), { status: 403 })
    expect(await downloadError(res)).toEqual({ code: 'auth/forbidden' })
  })

  it('falls back on the status when the body is not ours', async () => {
    expect(await downloadError(new Response('<html>Bad gateway</html>', { status: 502 }))).toEqual({ code: 'unknown' })
    expect(await downloadError(new Response('', { status: 401 }))).toEqual({ code: 'auth/unauthenticated' })
  })
})
