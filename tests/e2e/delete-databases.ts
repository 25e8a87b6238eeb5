/**
 * Evaluated in an extension page: deletes every IndexedDB database of the extension (the translation cache), and
 * resolves once each deletion is done, so the next popup starts uncached.
 */
export async function deleteAllDatabases(): Promise<void> {
  const names = (await indexedDB.databases()).map((db) => db.name).filter((name): name is string => Boolean(name));
  await Promise.all(
    names.map(
      (name) =>
        new Promise<void>((done) => {
          const request = indexedDB.deleteDatabase(name);
          request.onsuccess = request.onerror = request.onblocked = () => done();
        }),
    ),
  );
}
