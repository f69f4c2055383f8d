// Page object for the Evidence tab of the review workspace (features/evidence), in user terms: the tab, the panel,
// attaching a file through the browser's file chooser, one listed item and its actions. Also reads what IndexedDB
// really holds (not through the app), to prove evidence and its file contents are stored, or that nothing changed.
import { expect, type Locator, type Page } from '@playwright/test';

/** A file as the test hands it to the browser's file chooser. */
export interface ChosenFile {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

/** One stored evidence row, with the SHA-256 of its stored file's bytes (null when only the metadata is stored). */
export interface StoredEvidence {
  readonly id: string;
  readonly reviewId: string;
  readonly name: string;
  readonly size: number;
  readonly sha256: string;
  readonly note?: string;
  readonly ruleIds?: readonly string[];
  readonly contentSha256: string | null;
}

/** How many records each IndexedDB store of the app holds. */
export type StoreCounts = Readonly<Record<string, number>>;

export class EvidencePanel {
  /** The right-hand pane's tab: "Evidence", or "Evidence (n)" once something is attached. */
  readonly tab: Locator;
  readonly panel: Locator;
  readonly attachButton: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: /^Evidence( \(\d+\))?$/ });
    this.panel = page.getByRole('region', { name: 'Evidence', exact: true });
    this.attachButton = this.panel.getByRole('button', { name: 'Attach file…' });
    this.list = this.panel.getByRole('list', { name: 'Attached evidence' });
  }

  async open(): Promise<void> {
    await this.tab.click();
    await expect(this.tab).toHaveAttribute('aria-selected', 'true');
    await expect(this.panel).toBeVisible();
  }

  /** Attaches a file the way a user does: "Attach file…", then the browser's file chooser. */
  async attach(file: ChosenFile): Promise<void> {
    const choosing = this.page.waitForEvent('filechooser');
    await this.attachButton.click();
    const chooser = await choosing;
    expect(chooser.isMultiple()).toBe(false);
    await chooser.setFiles({ name: file.name, mimeType: file.mimeType, buffer: file.buffer });
    await expect(this.page.getByText(`Attached “${file.name}”.`, { exact: true })).toBeVisible();
  }

  item(name: string): Locator {
    return this.list.getByRole('listitem').filter({ hasText: name });
  }

  /** Edits an item's note (and optionally links the first finding offered); returns the linked rule id, if any. */
  async editNote(name: string, note: string, linkFirstFinding = false): Promise<string | null> {
    await this.item(name).getByRole('button', { name: `Edit the note and findings of ${name}` }).click();
    const dialog = this.page.getByRole('dialog', { name: `Edit “${name}”` });
    await dialog.getByRole('textbox', { name: 'Note' }).fill(note);
    let ruleId: string | null = null;
    if (linkFirstFinding) {
      const box = dialog.getByRole('group', { name: 'Findings this evidence supports' }).getByRole('checkbox', { name: /^[A-Z]{1,3}-\d{2,3} · / }).first();
      ruleId = /checkbox "([A-Z]{1,3}-\d{2,3}) · /.exec(await box.ariaSnapshot())?.[1] ?? null;
      await box.click();
      await expect(box).toBeChecked();
    }
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByText(`Saved “${name}”.`, { exact: true })).toBeVisible();
    return ruleId;
  }

  /** Every evidence row IndexedDB holds, with the SHA-256 of the stored bytes computed in the page. */
  async stored(): Promise<StoredEvidence[]> {
    return this.page.evaluate(
      () =>
        new Promise<StoredEvidence[]>((resolve, reject) => {
          const open = indexedDB.open('airlock');
          open.onerror = () => reject(new Error(String(open.error)));
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['evidence', 'evidenceFiles'], 'readonly');
            const rows = tx.objectStore('evidence').getAll();
            const files = tx.objectStore('evidenceFiles').getAll();
            tx.onerror = () => reject(new Error(String(tx.error)));
            tx.oncomplete = () => {
              db.close();
              type Row = Omit<StoredEvidence, 'contentSha256'> & { fileId: string | null };
              const bytesOf = new Map((files.result as { id: string; bytes: Uint8Array }[]).map((f) => [f.id, f.bytes]));
              const hex = (buf: ArrayBuffer) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');
              Promise.all(
                (rows.result as Row[]).map(async ({ fileId, ...row }) => {
                  const bytes = fileId ? bytesOf.get(fileId) : undefined;
                  return { ...row, contentSha256: bytes ? hex(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes))) : null };
                }),
              ).then(resolve, reject);
            };
          };
        }),
    );
  }

  /** Records per store of the app's database: a refused import must leave every one unchanged. */
  async storeCounts(): Promise<StoreCounts> {
    return this.page.evaluate(
      () =>
        new Promise<StoreCounts>((resolve, reject) => {
          const open = indexedDB.open('airlock');
          open.onerror = () => reject(new Error(String(open.error)));
          open.onsuccess = () => {
            const db = open.result;
            const names = [...db.objectStoreNames];
            const tx = db.transaction(names, 'readonly');
            const counts = names.map((n) => [n, tx.objectStore(n).count()] as const);
            tx.onerror = () => reject(new Error(String(tx.error)));
            tx.oncomplete = () => {
              db.close();
              resolve(Object.fromEntries(counts.map(([n, req]) => [n, req.result])));
            };
          };
        }),
    );
  }
}
