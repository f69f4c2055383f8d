/**
 * In-memory registry of the HTML documents being printed to PDF. Each document gets an unguessable
 * `app://airlock/print/<random>.html` URL, served by the app protocol from this map (so relative fonts and images under
 * app://airlock/ resolve) and forgotten as soon as the job ends. Nothing is written to disk.
 */
import { randomBytes } from 'node:crypto';
import { APP_ORIGIN } from './trusted-url';

export interface PrintPage {
  readonly url: string;
  readonly pathname: string;
  /** Forgets the page; later requests for its URL get a 404. Safe to call twice. */
  release(): void;
}

export interface PrintPageRegistry {
  register(html: string): PrintPage;
  get(pathname: string): string | undefined;
  readonly size: number;
}

export function createPrintPageRegistry(randomId: () => string = () => randomBytes(16).toString('hex')): PrintPageRegistry {
  const pages = new Map<string, string>();
  return {
    register(html) {
      let pathname: string;
      do pathname = `/print/${randomId()}.html`;
      while (pages.has(pathname));
      pages.set(pathname, html);
      return { url: `${APP_ORIGIN}${pathname}`, pathname, release: () => void pages.delete(pathname) };
    },
    get: (pathname) => pages.get(pathname),
    get size() {
      return pages.size;
    },
  };
}
