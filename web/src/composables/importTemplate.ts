import { createAppI18n } from '@/i18n'
import { ENUM_VALUES } from '@/i18n/enums'
import { translatorOf } from './useTranslator'

/** The template's columns, as communes write them (the importer also takes English headers). */
export const TEMPLATE_HEADERS = [
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Dân tộc',
  'Xã/phường',
  'Khối',
  'Chức vụ',
  'Trình độ chuyên môn',
  'Lý luận chính trị',
  'Quản lý nhà nước',
  'Số điện thoại',
  'Email',
] as const

/** Columns (0-based) whose cells must be one of the directory's labels, with the enum that lists them. */
const LIST_COLUMNS = [
  [2, 'Gender'],
  [5, 'Bloc'],
  [6, 'Position'],
  [7, 'ProfessionalLevel'],
  [8, 'PoliticalTheoryLevel'],
  [9, 'StateManagementLevel'],
] as const

const TEMPLATE_ROWS = 500

/**
 * Builds the import template in the browser: the header row, drop-down lists of the accepted Vietnamese labels
 * (from a second sheet, because labels such as "Cao đẳng, trung cấp" contain commas) and a sheet of instructions
 * with an example. Always in Vietnamese, whatever the interface language: it is filled in by communes and the
 * importer reads the Vietnamese labels. exceljs is loaded only when someone asks for the template.
 */
export async function buildImportTemplate(): Promise<Blob> {
  const tr = translatorOf(createAppI18n('vi').global as unknown as Parameters<typeof translatorOf>[0])
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Giảng Đường'
  const sheet = workbook.addWorksheet('Danh sách', { views: [{ state: 'frozen', ySplit: 1 }] })
  const header = sheet.addRow([...TEMPLATE_HEADERS])
  header.font = { bold: true }
  header.alignment = { vertical: 'middle', wrapText: true }
  sheet.columns = TEMPLATE_HEADERS.map((h, i) => ({ width: i === 0 ? 28 : i >= 5 && i <= 9 ? 34 : Math.max(14, h.length + 4) }))
  // Dates and phone numbers typed as text keep their leading zeros and dd/mm/yyyy form.
  sheet.getColumn(2).numFmt = '@'
  sheet.getColumn(11).numFmt = '@'

  const lists = workbook.addWorksheet('Giá trị', { state: 'hidden' })
  LIST_COLUMNS.forEach(([column, enumName], i) => {
    const labels = ENUM_VALUES[enumName].map((v) => tr.t(`enums.${enumName}.${v}`))
    const letter = String.fromCharCode(65 + i)
    lists.getCell(`${letter}1`).value = TEMPLATE_HEADERS[column]
    labels.forEach((label, j) => (lists.getCell(`${letter}${j + 2}`).value = label))
    const range = `'Giá trị'!$${letter}$2:$${letter}$${labels.length + 1}`
    for (let row = 2; row <= TEMPLATE_ROWS + 1; row++) {
      sheet.getRow(row).getCell(column + 1).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [range],
        showErrorMessage: true,
        errorTitle: TEMPLATE_HEADERS[column],
        error: tr.t('officialImport.template.listError'),
      }
    }
  })

  const help = workbook.addWorksheet('Hướng dẫn')
  help.columns = [{ width: 28 }, { width: 90 }]
  help.addRow([tr.t('officialImport.template.helpTitle')]).font = { bold: true, size: 14 }
  help.addRow([])
  const rules: [string, string][] = [
    ['Họ và tên', tr.t('officialImport.template.rules.fullName')],
    ['Ngày sinh', tr.t('officialImport.template.rules.dateOfBirth')],
    ['Giới tính', tr.t('officialImport.template.rules.gender')],
    ['Dân tộc', tr.t('officialImport.template.rules.ethnicity')],
    ['Xã/phường', tr.t('officialImport.template.rules.commune')],
    ['Khối, Chức vụ', tr.t('officialImport.template.rules.lists')],
    ['Trình độ', tr.t('officialImport.template.rules.lists')],
    ['Số điện thoại', tr.t('officialImport.template.rules.phone')],
    ['Email', tr.t('officialImport.template.rules.email')],
  ]
  for (const rule of rules) {
    const row = help.addRow(rule)
    row.getCell(1).font = { bold: true }
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' }
  }
  help.addRow([])
  help.addRow([tr.t('officialImport.template.example')]).font = { bold: true }
  help.addRow([...TEMPLATE_HEADERS]).font = { bold: true }
  help.addRow([
    'Nguyễn Thị Hoa',
    '15/03/1985',
    'Nữ',
    'Kinh',
    'Quỳnh Lưu',
    'Khối chính quyền (HĐND, UBND)',
    'Chuyên viên',
    'Đại học',
    'Trung cấp',
    'Chuyên viên và tương đương',
    '0912345678',
    'hoa.nt@quynhluu.nghean.gov.vn',
  ])

  const buffer = await workbook.xlsx.writeBuffer()
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })
}

/** Saves a blob under a file name through a temporary link. */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
