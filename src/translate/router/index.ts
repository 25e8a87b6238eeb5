export { translateBlocks, retryBlocks } from './translate-blocks';
export { chooseProvider } from './choose-provider';
export type { BuiltinAvailability, ProviderChoice, ProviderDeps } from './choose-provider';
export type { BlockEvent, RouterInput, RouterSummary, WaitNotice } from './router-types';
