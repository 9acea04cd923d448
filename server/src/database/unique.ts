import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ValidationError } from '../common/errors';

/**
 * Runs `fn` in a transaction and turns a unique-constraint violation into a `validation/invalid_input` error for
 * `field` (reason `taken`): the pre-check a service does can lose a race with a concurrent insert of the same value.
 */
export async function transactionalUnique<T>(em: EntityManager, field: string, fn: (tx: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await em.transactional(fn);
  } catch (e) {
    if (e instanceof UniqueConstraintViolationException) throw new ValidationError({ [field]: 'taken' });
    throw e;
  }
}
