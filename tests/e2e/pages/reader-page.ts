import type { LoadedExtension } from '../launch-extension';
import { SurfacePage } from './surface-page';

/** The full-tab reader view, `reader.html?tabId=N`. */
export class ReaderPage extends SurfacePage {
  static async open(ext: LoadedExtension, tabId: number): Promise<ReaderPage> {
    return new ReaderPage(await ext.openPopup(tabId, 'reader', { width: 1200, height: 900 }));
  }
}
