import { Controller, Get, Param, Res } from '@nestjs/common';
import type ExcelJS from 'exceljs';
import type { Response } from 'express';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/auth.decorator';
import { attachmentDisposition } from '../common/xlsx';
import { AttendanceExportService } from './attendance-export.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Attendance downloads; the global guard requires a bearer token on `/api/...`, the service checks access first. */
@Controller('api/exports')
export class AttendanceController {
  constructor(private readonly exports: AttendanceExportService) {}

  @Get('sessions/:id/attendance.xlsx')
  async session(@CurrentUser() user: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await send(res, await this.exports.session(user, id));
  }

  @Get('classes/:id/attendance.xlsx')
  async classGrid(@CurrentUser() user: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await send(res, await this.exports.classGrid(user, id));
  }
}

async function send(res: Response, file: { filename: string; workbook: ExcelJS.Workbook }): Promise<void> {
  res.status(200);
  res.setHeader('Content-Type', XLSX);
  res.setHeader('Content-Disposition', attachmentDisposition(file.filename));
  // Lists of people: never kept by shared caches or the browser's disk cache.
  res.setHeader('Cache-Control', 'private, no-store');
  await file.workbook.xlsx.write(res);
  res.end();
}
