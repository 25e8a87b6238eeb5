import type { LoadedExtension } from '../launch-extension';
import { SurfacePage } from './surface-page';

/** The toolbar popup, opened as `popup.html?tabId=N` (a test cannot click the toolbar). */
export class PopupPage extends SurfacePage {
  static async open(ext: LoadedExtension, tabId: number): Promise<PopupPage> {
    return new PopupPage(await ext.openPopup(tabId, 'popup'));
  }

  /** "Keep beside the page": a trusted click, the user gesture the side panel needs. */
  keepBeside(): Promise<void> {
    return this.page.getByTestId('keep-beside').click();
  }
}
