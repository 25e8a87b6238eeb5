import type { PageRestriction } from '../../extract/classify-page';
import { t } from '../i18n';

export function restrictionMessage(restriction: PageRestriction): string {
  switch (restriction) {
    case 'browser-page':
      return t('restrictedBrowserPage');
    case 'web-store':
      return t('restrictedWebStore');
    case 'view-source':
      return t('restrictedViewSource');
    case 'pdf':
      return t('restrictedPdf');
    case 'file':
      return t('restrictedFile');
    default:
      return t('restrictedNoAccess');
  }
}
