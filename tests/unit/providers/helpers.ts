import { ProviderError } from '../../../src/translate/errors';

/** The ProviderError a promise rejects with; fails the test if it resolves or throws something else. */
export async function catchError(promise: Promise<unknown>): Promise<ProviderError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ProviderError) return error;
    throw error;
  }
  throw new Error('expected a ProviderError, but the promise resolved');
}
