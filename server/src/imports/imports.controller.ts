import { type ArgumentsHost, Catch, Controller, type ExceptionFilter, HttpCode, Post, Query, Req, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/auth.decorator';
import { AppError, ErrorCode } from '../common/errors';
import { httpStatusOf } from '../common/graphql/app-error.filter';
import { ImportsService } from './imports.service';

/** Vietnamese text of the refusals this endpoint sends that were raised elsewhere (the global guard). */
const VI: Record<string, string> = {
  [ErrorCode.AuthUnauthenticated]: 'Hãy đăng nhập trước khi tải tệp lên.',
  [ErrorCode.AuthTokenExpired]: 'Phiên đăng nhập đã hết hạn: hãy đăng nhập lại.',
  [ErrorCode.AuthForbidden]: 'Chỉ quản trị viên được nhập danh sách cán bộ.',
};

/** Refusals as `{ code, message }` in Vietnamese; an oversized file is 413. */
@Catch(AppError)
export class ImportUploadErrorFilter implements ExceptionFilter {
  catch(e: AppError, host: ArgumentsHost) {
    const res = host.switchToHttp().getResponse<Response>();
    const code = e.extensions.code as string;
    if (res.headersSent) return;
    res
      .status(code === ErrorCode.ImportTooLarge ? 413 : httpStatusOf(code))
      .json({ code, message: VI[code] ?? e.message });
  }
}

/**
 * Reads the raw request body up to `max` bytes. The JSON body parser (1 MB) does not touch other content types, so
 * spreadsheets stream in here; past the limit the rest is discarded and the upload refused with 413.
 */
async function readBody(req: Request, max: number): Promise<Buffer> {
  const tooLarge = () =>
    new AppError(ErrorCode.ImportTooLarge, `Tệp quá lớn: tối đa ${Math.floor(max / 1024 / 1024)} MB.`, { maxBytes: max });
  if (Buffer.isBuffer(req.body)) return req.body;
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > max) {
    req.resume(); // discard, so the client reads our answer instead of a reset connection
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) {
      req.resume();
      throw tooLarge();
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks, size);
}

/** Upload of a spreadsheet of officials; the analysis then runs in the background (GraphQL `officialImport`). */
@Controller('api/imports')
@UseFilters(ImportUploadErrorFilter)
export class ImportsController {
  constructor(private readonly service: ImportsService) {}

  /** POST /api/imports/officials?classId=…&fileName=… with the file's bytes as the body → 201 `{ id }` (administrators). */
  @Post('officials')
  @HttpCode(201)
  async upload(
    @CurrentUser() user: AuthUser,
    @Query('classId') classId: string,
    @Query('fileName') fileName: string | undefined,
    @Req() req: Request,
  ): Promise<{ id: string }> {
    await this.service.checkUpload(user, String(classId ?? ''));
    const bytes = await readBody(req, this.service.maxBytes);
    const id = await this.service.start(user, String(classId), String(fileName ?? ''), bytes);
    return { id };
  }
}
