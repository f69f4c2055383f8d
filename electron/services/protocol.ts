/**
 * The `app://airlock/…` protocol: maps a request URL to a file under the built renderer (dist/), a mounted folder
 * (report fonts) or an in-memory print page, refusing everything else. `parseAppPath`/`resolveAppRequest` are the pure,
 * lexical part (host, method, path checks); `createAppProtocolHandler` adds the symlink check, reads the file and
 * answers with the security headers.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY, PRINT_CONTENT_SECURITY_POLICY, securityHeaders } from './csp';
import { mimeTypeFor } from './mime';
import { APP_HOST, APP_SCHEME } from './trusted-url';

export type ResolvedAppRequest = { readonly path: string; readonly mime: string } | { readonly status: 403 | 404 };

/** Percent-decodes once; a second decode would turn `%252e` into `.`, so anything still encoded after one pass is refused. */
function decodeOnce(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

const WINDOWS_DRIVE = /^[a-zA-Z]:/;

/** The path segments of an app:// URL after every lexical check, or the refusal status. */
export type AppPath = { readonly segments: readonly string[] } | { readonly status: 403 | 404 };

/**
 * Checks `url` lexically: 403 for anything hostile or not a GET (other host, credentials, port, `..` raw or encoded,
 * backslash, NUL, absolute path, drive letter), 404 for an empty segment (a folder-like path). `/` means index.html.
 */
export function parseAppPath(url: string, method = 'GET'): AppPath {
  if (method !== 'GET') return { status: 403 };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { status: 403 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username || parsed.password) {
    return { status: 403 };
  }
  // Look at the path as sent, before the URL parser's own dot-segment folding could hide a traversal attempt.
  const rawPath = rawPathOf(url);
  if (rawPath === null) return { status: 403 };
  const decoded = decodeOnce(rawPath);
  if (decoded === null) return { status: 403 };
  if (/%[0-9a-fA-F]{2}/.test(decoded)) return { status: 403 }; // double encoding, e.g. %252e%252e
  if (decoded.includes('\\') || decoded.includes('\0')) return { status: 403 };

  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\//, '');
  if (relative.startsWith('/') || WINDOWS_DRIVE.test(relative) || path.isAbsolute(relative)) return { status: 403 };
  const segments = relative.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return { status: 403 };
  if (segments.some((s) => s === '')) return { status: 404 };
  return { segments };
}

/** Joins checked segments under `root`, refusing (403) anything that would resolve outside it. */
export function fileUnder(root: string, segments: readonly string[]): ResolvedAppRequest {
  const base = path.resolve(root);
  const full = path.resolve(base, ...segments);
  const rel = path.relative(base, full);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return { status: 403 };
  return { path: full, mime: mimeTypeFor(full) };
}

/** Resolves `url` to a file inside `distRoot`, or says why not (see parseAppPath; 403 also for an escape from the root). */
export function resolveAppRequest(url: string, distRoot: string, method = 'GET'): ResolvedAppRequest {
  const parsed = parseAppPath(url, method);
  return 'status' in parsed ? parsed : fileUnder(distRoot, parsed.segments);
}

/** The path part of `url` exactly as written (no dot-segment folding), without query or fragment. */
function rawPathOf(url: string): string | null {
  const prefix = `${APP_SCHEME}://${APP_HOST}`;
  if (url.slice(0, prefix.length).toLowerCase() !== prefix) return null;
  const rest = url.slice(prefix.length);
  if (rest !== '' && !rest.startsWith('/')) return null; // a port, credentials or a longer host
  const end = rest.search(/[?#]/);
  const p = end === -1 ? rest : rest.slice(0, end);
  return p === '' ? '/' : p;
}

/** In-memory pages served under app://airlock/print/ (see print-pages.ts). */
export interface PrintPageSource {
  get(pathname: string): string | undefined;
}

export interface AppProtocolDeps {
  readonly distRoot: string;
  readonly printPages: PrintPageSource;
  /** Extra folders served under `app://airlock/<name>/…` instead of dist/ (e.g. `report-fonts` for PDF fonts). */
  readonly mounts?: Readonly<Record<string, string>>;
  readonly readFile?: (file: string) => Promise<Uint8Array<ArrayBuffer>>;
  readonly realpath?: (file: string) => Promise<string>;
  readonly stat?: (file: string) => Promise<{ isFile(): boolean }>;
}

/** First path segment of the in-memory print pages (print-pages.ts builds `/print/<id>.html`). */
const PRINT_FOLDER = 'print';

function refusal(status: 403 | 404): Response {
  return new Response(status === 403 ? 'Forbidden' : 'Not found', {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** Builds the function given to `protocol.handle('app', …)`. */
export function createAppProtocolHandler(deps: AppProtocolDeps): (request: Request) => Promise<Response> {
  const readFile = deps.readFile ?? ((f: string) => fsp.readFile(f));
  const realpath = deps.realpath ?? ((f: string) => fsp.realpath(f));
  const stat = deps.stat ?? ((f: string) => fsp.stat(f));
  const mounts = new Map(Object.entries(deps.mounts ?? {}));
  const realRoots = new Map<string, Promise<string>>();

  return async (request: Request): Promise<Response> => {
    const parsed = parseAppPath(request.url, request.method);
    if ('status' in parsed) return refusal(parsed.status);

    const [first = '', ...rest] = parsed.segments;
    if (first === PRINT_FOLDER) {
      const html = rest.length === 1 ? deps.printPages.get(`/${PRINT_FOLDER}/${rest[0] ?? ''}`) : undefined;
      if (html === undefined) return refusal(404);
      return new Response(html, {
        status: 200,
        headers: { ...securityHeaders(PRINT_CONTENT_SECURITY_POLICY), 'Content-Type': 'text/html; charset=utf-8' },
      });
    }

    const mountRoot = mounts.get(first);
    const root = mountRoot ?? deps.distRoot;
    const resolved = fileUnder(root, mountRoot === undefined ? parsed.segments : rest);
    if ('status' in resolved) return refusal(resolved.status);

    try {
      let realRoot = realRoots.get(root);
      if (!realRoot) {
        realRoot = realpath(path.resolve(root));
        realRoots.set(root, realRoot);
      }
      const [base, real] = await Promise.all([realRoot, realpath(resolved.path)]);
      const rel = path.relative(base, real);
      if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return refusal(403); // a symlink out of the root
      if (!(await stat(real)).isFile()) return refusal(404);
      const body = await readFile(real);
      return new Response(body, {
        status: 200,
        headers: { ...securityHeaders(CONTENT_SECURITY_POLICY), 'Content-Type': resolved.mime },
      });
    } catch {
      realRoots.delete(root); // a root missing at startup should not be cached forever
      return refusal(404);
    }
  };
}
