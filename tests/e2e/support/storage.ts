/** Everything the extension has stored, for the no-leak assertions: local and session storage and every IndexedDB store. */
import type { Worker } from '@playwright/test';

export async function storedByExtension(serviceWorker: Worker): Promise<{ databases: string[]; text: string }> {
  return serviceWorker.evaluate(async () => {
    const dump: unknown[] = [await chrome.storage.local.get(null), await chrome.storage.session.get(null)];
    const databases: string[] = [];
    for (const info of await indexedDB.databases()) {
      databases.push(info.name ?? '');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name ?? '');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const store of db.objectStoreNames) {
        dump.push(
          await new Promise((resolve) => {
            const req = db.transaction(store).objectStore(store).getAll();
            req.onsuccess = () => resolve(req.result);
          }),
        );
      }
      db.close();
    }
    return { databases, text: JSON.stringify(dump) };
  });
}
