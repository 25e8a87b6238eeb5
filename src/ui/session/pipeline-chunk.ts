// The translation pipeline (providers, router, the comments quote), loaded with `import()` while the page is being
// read, so the surface's first paint does not wait for code it needs only once the article is there.
export { changedServices, planProviders } from './plan-providers';
export { accessGate } from '../../translate/provider-access';
export { translateBlocks } from '../../translate/router/translate-blocks';
export { translateQuote } from './translate-quote';
