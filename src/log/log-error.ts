/**
 * The one place Tarjuma reports its own failures: a bug shows the reader "Something went wrong in Tarjuma" and leaves
 * its details here, with what was being done, once. Nothing is sent anywhere.
 */
export function logError(context: string, error: unknown, details: Record<string, unknown> = {}): void {
  console.error(`[Tarjuma] ${context}`, error, details);
}
