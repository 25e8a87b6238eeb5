import { ProviderError } from '../../translate/errors';
import { t } from '../i18n';

/** A failed block's reason, in the reader's language, naming the service and what to do. */
export function providerErrorMessage(error: unknown): string {
  if (!(error instanceof ProviderError)) return error instanceof Error ? error.message : String(error);
  const name = error.provider;
  switch (error.kind) {
    case 'rate-limit':
      return t('errorRateLimit', name);
    case 'server':
      return t('errorServer', name, error.status ?? '5xx');
    case 'timeout':
      return t('errorTimeout', name);
    case 'network':
      return t('errorNetwork', name);
    case 'auth':
      return t('errorAuth', name);
    case 'quota':
      return t('errorQuota', name);
    case 'bad-response':
      return t('errorBadResponse', name);
    case 'unsupported':
      return t('errorUnsupported', name);
    case 'permission':
      return t('errorPermission', name);
    default:
      return error.message || t('errorRefused', name);
  }
}
