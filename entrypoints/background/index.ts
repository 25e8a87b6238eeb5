import { registerContextMenu } from '../../src/ui/context-menu';
import { registerToolbarClick } from '../../src/ui/panel/toolbar-click';
import { registerSelectionCommand, translateSelectionOfTab } from '../../src/ui/panel/translate-selection';

export default defineBackground(() => {
  registerContextMenu();
  registerToolbarClick();
  registerSelectionCommand();
  // The end-to-end tests cannot press a browser shortcut: the e2e build lets them run the shortcut's handler.
  if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { tarjumaE2E: { translateSelectionOfTab } });
});
