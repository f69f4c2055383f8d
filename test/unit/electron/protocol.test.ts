// The app:// protocol: hostile paths are refused, real files and print pages are served with the CSP and nosniff.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP_REPORT_FONTS_URL } from '../../../shared/ipc/contract';
import { fontFaceCss, fontFiles } from '../../../shared/report/fonts';
import { CONTENT_SECURITY_POLICY, PRINT_CONTENT_SECURITY_POLICY } from '../../../electron/services/csp';
import { createPrintPageRegistry } from '../../../electron/services/print-pages';
import { createAppProtocolHandler, resolveAppRequest } from '../../../electron/services/protocol';

const root = path.resolve('/opt/airlock/dist');

describe('resolveAppRequest', () => {
  it('maps our URLs to files under the root with a content type', () => {
    expect(resolveAppRequest('app://airlock/index.html', root)).toEqual({ path: path.join(root, 'index.html'), mime: 'text/html; charset=utf-8' });
    expect(resolveAppRequest('app://airlock/', root)).toEqual({ path: path.join(root, 'index.html'), mime: 'text/html; charset=utf-8' });
    expect(resolveAppRequest('app://airlock/assets/app-1.js?v=1#x', root)).toEqual({
      path: path.join(root, 'assets', 'app-1.js'),
      mime: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppRequest('app://airlock/fonts/Noto%20Sans.woff2', root)).toEqual({ path: path.join(root, 'fonts', 'Noto Sans.woff2'), mime: 'font/woff2' });
  });

  it.each([
    ['dot-dot', 'app://airlock/../secret.txt'],
    ['nested dot-dot', 'app://airlock/assets/../../etc/passwd'],
    ['encoded dot-dot', 'app://airlock/%2e%2e/etc/passwd'],
    ['mixed-case encoded dot-dot', 'app://airlock/%2E%2e/etc/passwd'],
    ['half-encoded dot-dot', 'app://airlock/.%2e/etc/passwd'],
    ['double-encoded dot-dot', 'app://airlock/%252e%252e/etc/passwd'],
    ['encoded slash traversal', 'app://airlock/assets%2f..%2f..%2fetc%2fpasswd'],
    ['dot segment', 'app://airlock/./index.html'],
    ['backslash', 'app://airlock/..\\..\\windows\\win.ini'],
    ['encoded backslash', 'app://airlock/%5c..%5c..%5cwin.ini'],
    ['NUL', 'app://airlock/index.html%00.png'],
    ['absolute path', 'app://airlock//etc/passwd'],
    ['drive letter', 'app://airlock/C:/Windows/win.ini'],
    ['encoded drive letter', 'app://airlock/C%3A%5CWindows%5Cwin.ini'],
    ['other host', 'app://evil/index.html'],
    ['look-alike host', 'app://airlock.evil/index.html'],
    ['credentials', 'app://x@airlock/index.html'],
    ['port', 'app://airlock:8080/index.html'],
    ['other scheme', 'file:///opt/airlock/dist/index.html'],
    ['broken encoding', 'app://airlock/%E4%B8.html'],
    ['not a URL', 'airlock/index.html'],
  ])('refuses %s with 403', (_name, url) => {
    expect(resolveAppRequest(url, root)).toEqual({ status: 403 });
  });

  it('refuses anything but GET', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS']) {
      expect(resolveAppRequest('app://airlock/index.html', root, method)).toEqual({ status: 403 });
    }
  });

  it('answers 404 for folder-like paths', () => {
    expect(resolveAppRequest('app://airlock/assets/', root)).toEqual({ status: 404 });
  });
});

describe('createAppProtocolHandler', () => {
  let base: string;
  let dist: string;
  let fonts: string;
  const printPages = createPrintPageRegistry();

  beforeAll(() => {
    base = mkdtempSync(path.join(tmpdir(), 'airlock-protocol-'));
    dist = path.join(base, 'dist');
    mkdirSync(path.join(dist, 'assets'), { recursive: true });
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Airlock</title>');
    writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(path.join(base, 'secret.txt'), 'top secret');
    fonts = path.join(base, 'report-fonts');
    mkdirSync(path.join(fonts, 'inter'), { recursive: true });
    writeFileSync(path.join(fonts, 'inter', 'inter-latin-400-normal.woff2'), 'wOF2');
    symlinkSync(path.join(base, 'secret.txt'), path.join(dist, 'assets', 'escape.txt'));
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  const get = (url: string, method = 'GET') =>
    createAppProtocolHandler({ distRoot: dist, printPages, mounts: { 'report-fonts': fonts } })(new Request(url, { method }));

  it('serves a real file with its type, the CSP and nosniff', async () => {
    const res = await get('app://airlock/index.html');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('<!doctype html><title>Airlock</title>');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await get('app://airlock/assets/app.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('refuses hostile requests and still sends the security headers', async () => {
    const res = await get('app://airlock/%252e%252e/secret.txt');
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('top secret');
    // The URL parser folds this one to app://airlock/secret.txt before we see it: it must still not reach the file.
    const folded = await get('app://airlock/%2e%2e/secret.txt');
    expect(folded.status).toBe(404);
    expect(await folded.text()).not.toContain('top secret');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await get('app://airlock/index.html', 'POST')).status).toBe(403);
  });

  it('refuses a symlink that points out of the build folder', async () => {
    const res = await get('app://airlock/assets/escape.txt');
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('top secret');
  });

  it('answers 404 for missing files and folders', async () => {
    expect((await get('app://airlock/missing.js')).status).toBe(404);
    expect((await get('app://airlock/assets')).status).toBe(404);
  });

  it('serves report fonts from their mounted folder, and nothing outside it', async () => {
    const res = await get('app://airlock/report-fonts/inter/inter-latin-400-normal.woff2');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('font/woff2');
    expect(await res.text()).toBe('wOF2');
    expect((await get('app://airlock/report-fonts/%2e%2e/secret.txt')).status).not.toBe(200);
    expect((await get('app://airlock/report-fonts/..%5csecret.txt')).status).toBe(403);
    expect((await get('app://airlock/report-fonts/inter/missing.woff2')).status).toBe(404);
    expect((await get('app://airlock/report-fonts')).status).toBe(403);
  });

  it('serves a registered print page with the script-free policy, and forgets it on release', async () => {
    const page = printPages.register('<h1>Report</h1>');
    expect(page.url).toMatch(/^app:\/\/airlock\/print\/[0-9a-f]{32}\.html$/);
    const res = await get(page.url);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('<h1>Report</h1>');
    expect(res.headers.get('content-security-policy')).toBe(PRINT_CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    page.release();
    expect((await get(page.url)).status).toBe(404);
    expect((await get('app://airlock/print/unknown.html')).status).toBe(404);
    expect((await get('app://airlock/print')).status).toBe(404);
  });
});

describe('CSP', () => {
  it('allows scripts only from the app itself, never inline or eval', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d]));
    expect(directives.get('default-src')).toBe("default-src 'none'");
    expect(directives.get('script-src')).toBe("script-src 'self'");
    expect(directives.get('object-src')).toBe("object-src 'none'");
    expect(directives.get('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(PRINT_CONTENT_SECURITY_POLICY).toContain("script-src 'none'");
    expect(PRINT_CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
  });

  it('matches the meta-tag policy in renderer/index.html (web mode), apart from header-only directives', () => {
    const html = readFileSync(path.resolve(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const directives = (policy: string) => new Set(policy.split(';').map((d) => d.trim()).filter(Boolean));
    // frame-ancestors is ignored (with a console warning) in a meta tag, so only the header carries it.
    const headerOnly = new Set(["frame-ancestors 'none'"]);
    expect(directives(meta ?? '')).toEqual(new Set([...directives(CONTENT_SECURITY_POLICY)].filter((d) => !headerOnly.has(d))));
  });
});

describe('report fonts', () => {
  it('every font the PDF report asks for is one the electron build copies (weights 400/700) and exists in @fontsource', () => {
    const files = fontFiles();
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const [pkg = '', name = ''] = file.split('/');
      expect(name).toMatch(/-(400|700)-normal\.woff2$/);
      expect(existsSync(path.resolve(import.meta.dirname, '../../../node_modules/@fontsource', pkg, 'files', name))).toBe(true);
    }
    expect(fontFaceCss(DESKTOP_REPORT_FONTS_URL)).toContain('url(app://airlock/report-fonts/inter/');
  });
});
