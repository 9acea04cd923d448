import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/auth.decorator';
import { attachmentDisposition } from '../common/xlsx';
import { ExportsService, type XlsxDownload } from './exports.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * XLSX downloads. The global guard requires a bearer token on `/api/...`; refusals come back as JSON with the
 * HTTP status of their code (401, 403, 404). The web fetches them with the access token and saves the blob.
 */
@Controller('api/exports')
export class ExportsController {
  constructor(private readonly service: ExportsService) {}

  @Get('classes/:id/enrolments.xlsx')
  async enrolments(@CurrentUser() user: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await send(res, await this.service.enrolments(user, id));
  }

  @Get('classes/:id/timetable.xlsx')
  async timetable(@CurrentUser() user: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await send(res, await this.service.timetable(user, id));
  }
}

async function send(res: Response, file: XlsxDownload): Promise<void> {
  res.status(200);
  res.setHeader('Content-Type', XLSX);
  res.setHeader('Content-Disposition', attachmentDisposition(file.filename));
  // Lists of people: never kept by shared caches or the browser's disk cache.
  res.setHeader('Cache-Control', 'private, no-store');
  await file.write(res);
}
