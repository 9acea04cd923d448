export { AppError } from './common/errors';

/** A usage or environment problem the CLI reports in one line. */
export class ConfigErrorMessage extends Error {}
