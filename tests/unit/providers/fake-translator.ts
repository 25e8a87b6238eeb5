import type { BuiltinTranslator, TranslatorGlobal } from '../../../src/translate/providers/chrome-builtin';

/**
 * A stand-in for Chrome's `Translator` global following the spec's rules: `create()` for a pair still to download
 * needs user activation (NotAllowedError otherwise) and reports download progress; texts past `inputQuota` throw
 * QuotaExceededError. Usage is one unit per character.
 */
export class FakeTranslatorApi implements TranslatorGlobal {
  readonly created: string[] = [];
  readonly translated: string[] = [];
  userActivation = false;

  constructor(
    readonly states: Record<string, Availability>,
    readonly opts: { inputQuota?: number; measurable?: boolean; progressSteps?: number[] } = {},
  ) {}

  async availability({ sourceLanguage, targetLanguage }: TranslatorCreateCoreOptions): Promise<Availability> {
    return this.states[`${sourceLanguage}>${targetLanguage}`] ?? 'unavailable';
  }

  async create(options: TranslatorCreateOptions): Promise<BuiltinTranslator> {
    const key = `${options.sourceLanguage}>${options.targetLanguage}`;
    const state = await this.availability(options);
    if (state === 'unavailable') throw new DOMException('Unable to create translator', 'NotSupportedError');
    if (state !== 'available') {
      if (state === 'downloadable' && !this.userActivation) {
        throw new DOMException('Requires a user gesture when availability is "downloadable"', 'NotAllowedError');
      }
      const monitor = new EventTarget();
      // The types want a CreateMonitor; an EventTarget dispatching the same events is what the page sees.
      options.monitor?.(monitor as unknown as CreateMonitor);
      for (const loaded of this.opts.progressSteps ?? [0, 0.5, 1]) {
        await new Promise((resolve) => setTimeout(resolve, 1));
        monitor.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded, total: 1 }));
      }
      this.states[key] = 'available';
    }
    this.created.push(key);
    const quota = this.opts.inputQuota ?? Infinity;
    const to = options.targetLanguage;
    const translated = this.translated;
    const model: BuiltinTranslator = {
      inputQuota: quota,
      async translate(input) {
        if (input.length > quota) throw new DOMException('The input is too large.', 'QuotaExceededError');
        translated.push(input);
        return `<${to}>${input}`;
      },
    };
    return this.opts.measurable === false ? model : { ...model, measureInputUsage: async (input) => input.length };
  }
}
