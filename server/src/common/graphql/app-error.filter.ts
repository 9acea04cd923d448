import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { AppError } from '../errors';

/**
 * Expected refusals (bad input, not found, forbidden) go back to the client as they are. Without this filter
 * Nest's default handler logs each of them at error level, burying real errors in noise.
 */
@Catch(AppError)
export class AppErrorFilter implements GqlExceptionFilter {
  catch(exception: AppError): AppError {
    return exception;
  }
}
