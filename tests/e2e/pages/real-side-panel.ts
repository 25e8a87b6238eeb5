import type { CDPSession } from 'playwright-core';
import type { LoadedExtension } from '../launch-extension';

/**
 * Chrome's real side panel, which Playwright does not list among its pages: reached through the DevTools protocol
 * (attach to its target, evaluate in it). Read-only: a test acts on it through the browser, not by clicking in it.
 */
export class RealSidePanel {
  private next = 1;

  private constructor(
    private readonly cdp: CDPSession,
    private readonly sessionId: string,
  ) {}

  /** The open side panel of the extension, or null when there is none. */
  static async find(ext: LoadedExtension): Promise<RealSidePanel | null> {
    const page = ext.context.pages()[0] ?? (await ext.context.newPage());
    const cdp = await ext.context.newCDPSession(page);
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; url: string }[];
    };
    const target = targetInfos.find((t) => t.url.startsWith(`chrome-extension://${ext.id}/sidepanel.html`));
    if (!target) return null;
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as {
      sessionId: string;
    };
    return new RealSidePanel(cdp, sessionId);
  }

  /** Evaluates `expression` in the panel and returns its value. */
  evaluate<T>(expression: string): Promise<T> {
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      const listener = (event: { sessionId?: string; message: string }) => {
        const message = JSON.parse(event.message) as {
          id?: number;
          result?: { result: { value: T } };
          error?: unknown;
        };
        if (message.id !== id) return;
        this.cdp.off('Target.receivedMessageFromTarget', listener);
        if (message.error || !message.result) reject(new Error(JSON.stringify(message.error)));
        else resolve(message.result.result.value);
      };
      this.cdp.on('Target.receivedMessageFromTarget', listener);
      void this.cdp.send('Target.sendMessageToTarget', {
        sessionId: this.sessionId,
        message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }),
      });
    });
  }

  /** What it shows: the translated blocks' texts, and the status card's kind (e.g. `new-page`) if any. */
  shown(): Promise<{ texts: (string | null)[]; status: string | null }> {
    return this.evaluate(`({
      texts: [...document.querySelectorAll('[data-testid="block"]')].map(
        (b) => b.querySelector('[data-testid="translation"]')?.textContent ?? null),
      status: document.querySelector('[data-testid="status"]')?.getAttribute('data-kind') ?? null,
    })`);
  }
}
