import type { LoadedExtension } from '../launch-extension';
import { SurfacePage } from './surface-page';

/** The side panel, opened as `sidepanel.html?tabId=N` at a side panel's size. */
export class PanelPage extends SurfacePage {
  static async open(ext: LoadedExtension, tabId: number): Promise<PanelPage> {
    return new PanelPage(await ext.openPopup(tabId, 'sidepanel', { width: 400, height: 800 }));
  }

  readThisPage(): Promise<void> {
    return this.page.getByRole('button', { name: 'Read this page' }).click();
  }

  /** The page's own timing marks: which steps this panel ran (a panel that was handed a session never extracts). */
  marks(): Promise<string[]> {
    return this.page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
  }
}
