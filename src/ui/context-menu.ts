export function registerContextMenu(): void {}
