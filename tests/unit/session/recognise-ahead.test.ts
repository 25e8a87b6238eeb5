import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetRecognisedBlocks } from '../../../src/entities/block-candidates';
import { recogniserFor } from '../../../src/entities/recognisers';
import { recognizeEntities } from '../../../src/entities/recognize-entities';
import { RecogniseAhead } from '../../../src/ui/session/recognise-ahead';

const EN = 'Prime Minister Shehbaz Sharif met Xi Jinping in Beijing on Tuesday.';
const UR = 'وزیراعظم شہباز شریف نے منگل کو بیجنگ میں شی جن پنگ سے ملاقات کی۔';

/** The texts each recogniser was asked to read, in order. */
function watch() {
  const read: string[] = [];
  for (const lang of ['en', 'ur']) {
    const recogniser = recogniserFor(lang);
    const find = recogniser.find;
    vi.spyOn(recogniser, 'find').mockImplementation((text, names) => {
      read.push(text);
      return find(text, names);
    });
  }
  return read;
}

const settled = (read: string[], count: number) => vi.waitFor(() => expect(read).toHaveLength(count));

afterEach(() => {
  vi.restoreAllMocks();
  forgetRecognisedBlocks();
});

describe('recognising blocks while the translation arrives', () => {
  it('loads the recogniser first, then reads translated blocks before the source’s; the article’s recognition then finds them done', async () => {
    const read = watch();
    const ahead = new RecogniseAhead(new AbortController().signal);
    ahead.source(UR, 'ur');
    ahead.translated(EN, 'en');
    ahead.prepare('en');
    await settled(read, 3);
    expect(read).toEqual(['', EN, UR]);
    const result = recognizeEntities([{ id: 'b1', text: EN }], 'en');
    expect(read).toHaveLength(3);
    expect(result.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['Shehbaz Sharif', 'Beijing']));
  });

  it('finds exactly what recognising the article alone finds', async () => {
    const alone = recognizeEntities([{ id: 'b1', text: EN }], 'en');
    forgetRecognisedBlocks();
    const read = watch();
    new RecogniseAhead(new AbortController().signal).translated(EN, 'en');
    await settled(read, 1);
    expect(recognizeEntities([{ id: 'b1', text: EN }], 'en')).toEqual(alone);
  });

  it('stops when the article is recognised as a whole', async () => {
    const read = watch();
    const ahead = new RecogniseAhead(new AbortController().signal);
    ahead.translated(EN, 'en');
    ahead.stop();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(read).toEqual([]);
  });

  it('stops when its run is over', async () => {
    const read = watch();
    const stop = new AbortController();
    const ahead = new RecogniseAhead(stop.signal);
    ahead.translated(EN, 'en');
    stop.abort();
    ahead.translated(`${EN} Again.`, 'en');
    // Long enough for an idle moment to pass.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(read).toEqual([]);
  });
});
