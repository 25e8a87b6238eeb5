import type { ConcreteProviderId } from '../provider-ids';

/**
 * Free endpoints found changed (404/410, or a web page for an answer) while this page is open: `auto` moves past them
 * at once for the rest of the page's life, so a dead endpoint costs at most one round of requests, not one per click.
 */
export interface ChangedServices {
  has(id: ConcreteProviderId): boolean;
  add(id: ConcreteProviderId): void;
}

export function createChangedServices(): ChangedServices {
  const changed = new Set<ConcreteProviderId>();
  return { has: (id) => changed.has(id), add: (id) => void changed.add(id) };
}
