import { runExtraction } from '../../src/extract/run-extraction';

// Injected on demand with `scripting.executeScript({ files: ['extract.js'] })`; the value `main` returns is the
// injection result the popup reads (see src/extract/types.ts).
export default defineUnlistedScript(() => runExtraction(document));
