// The translation pipeline (providers, router, the comments quote, the run that drives them), loaded with `import()`
// while the page is being read, so the surface's first paint does not wait for code it needs only once the article is
// there.
export { runTranslation } from './run-translation';
