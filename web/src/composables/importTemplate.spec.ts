import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { TEMPLATE_HEADERS, buildImportTemplate } from './importTemplate'

describe('buildImportTemplate', () => {
  it('has the communes’ Vietnamese headers, drop-down lists of the scheme’s labels and an example', async () => {
    const blob = await buildImportTemplate()
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await blob.arrayBuffer())
    const sheet = workbook.getWorksheet('Danh sách')!
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...TEMPLATE_HEADERS])
    const bloc = sheet.getCell('F2').dataValidation
    expect(bloc.type).toBe('list')
    const lists = workbook.getWorksheet('Giá trị')!
    const blocs = lists.getColumn(2).values.slice(2)
    expect(blocs).toEqual(['Khối Đảng', 'Khối Mặt trận và các tổ chức chính trị - xã hội', 'Khối chính quyền (HĐND, UBND)', 'Ban chỉ huy quân sự'])
    expect(workbook.getWorksheet('Hướng dẫn')!.getCell('A1').value).toBe('Hướng dẫn điền danh sách cán bộ')
  })
})
