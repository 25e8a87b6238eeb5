import { ProviderError } from '../../translate/errors';
import type { ConcreteProviderId } from '../../translate/provider-ids';
import { descriptorOf } from '../../translate/providers/registry';
import { formatWait, t } from '../i18n';

/** Told to Ollama users who must let extensions in: a setting, quoted as it is typed, never translated. */
const OLLAMA_ORIGINS_HINT = 'OLLAMA_ORIGINS=chrome-extension://*,moz-extension://*';

/** The name readers know a provider by, in the interface's language. */
export function providerName(id: ConcreteProviderId): string {
  return t(descriptorOf(id).label);
}

const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

/**
 * A failed block's reason in the reader's language, naming the service and what to do. Every word comes from the
 * catalogue; anything that is not a ProviderError is a bug of ours and says so.
 */
export function providerErrorMessage(error: unknown): string {
  if (!(error instanceof ProviderError)) return t('errorInternal');
  const name = providerName(error.provider);
  const { data } = error;
  const host = data.host ?? '';
  switch (error.kind) {
    case 'rate-limit':
      return data.retryAfterMs === undefined
        ? t('errorRateLimit', name)
        : t('errorRateLimitWait', name, formatWait(data.retryAfterMs));
    case 'server':
      return t('errorServer', name, data.status ?? '5xx');
    case 'timeout':
      return t(data.reason === 'cut-off' ? 'errorTimeoutCutOff' : 'errorTimeout', name);
    case 'network':
      if (data.reason === 'cut-off') return t('errorCutOff', name);
      if (isOffline()) return t('errorOffline', name);
      return host ? t('errorNetworkAt', name, host) : t('errorNetwork', name);
    case 'auth':
      return t(data.reason === 'no-key' ? 'errorNoKey' : 'errorAuth', name);
    case 'quota':
      return t('errorQuota', name);
    case 'bad-response':
      return t(data.reason === 'web-page' ? 'errorWebPage' : 'errorBadResponse', name);
    case 'unsupported':
      return t('errorUnsupported', name);
    case 'service-changed':
      return t('errorServiceChanged', name);
    case 'needs-gesture':
      return t('errorNeedsGesture');
    case 'internal':
      return t('errorInternal');
    case 'aborted':
      return t('errorAborted');
    case 'refused':
      return refusal(error, name, host);
  }
}

function refusal(error: ProviderError, name: string, host: string): string {
  const { status, model } = error.data;
  switch (error.reason) {
    case 'ollama-origins':
      return t('errorOllamaOrigins', host, OLLAMA_ORIGINS_HINT);
    case 'no-model':
      return t('errorNoModel', name, model ?? '', host);
    case 'not-found':
      return t('errorNotFound', name, host);
    case 'too-large':
      return t('errorTooLarge', name);
    default:
      return status ? t('errorRefusedStatus', name, status) : t('errorRefused', name);
  }
}
