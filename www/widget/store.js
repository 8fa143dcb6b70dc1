// Keeps the current drop (files as Blobs, the reader's corrections) in IndexedDB, so a reload or
// a crashed tab comes back to the same report until the reader presses "Clear". The analysis worker
// saves each drop as it reads it (off the main thread); the page loads it and forgets it.

const DB = 'parallax';
const STORE = 'drops';

function open() {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function tx(mode, fn) {
  const db = await open();
  try {
    return await new Promise((resolve, reject) => {
      const t = db.transaction(STORE, mode);
      const result = fn(t.objectStore(STORE));
      t.oncomplete = () => resolve(result?.result);
      t.onerror = () => reject(t.error);
      t.onabort = () => reject(t.error);
    });
  } finally {
    db.close();
  }
}

/** Saves the drop under `key`: [{name, blob, outlet?, published?, title?}], or null to forget it. */
export async function saveDrop(key, files) {
  if (!key || typeof indexedDB === 'undefined') return;
  try {
    if (files === null) await tx('readwrite', (s) => s.delete(key));
    else {
      const rows = files.map((f) => ({
        name: f.name,
        blob: f.blob ?? new Blob([f.bytes ?? f.text ?? '']),
        outlet: f.outlet ?? null,
        published: f.published ?? null,
        title: f.title ?? null,
      }));
      await tx('readwrite', (s) => s.put({ files: rows, saved: Date.now() }, key));
    }
  } catch (e) {
    console.warn('parallax: could not keep the drop in this browser:', e);
  }
}

/** The drop saved under `key`, or null. */
export async function loadDrop(key) {
  if (!key || typeof indexedDB === 'undefined') return null;
  try {
    const v = await tx('readonly', (s) => s.get(key));
    return v?.files?.length ? v.files : null;
  } catch {
    return null;
  }
}
