import { registerContextMenu } from '../../src/ui/context-menu';

export default defineBackground(() => {
  registerContextMenu();
});
