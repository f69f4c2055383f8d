// The navigation guard and app-URL check against a table of hostile and look-alike URLs.
import { describe, expect, it } from 'vitest';
import { isAllowedRequestUrl, isAppUrl, shouldAllowNavigation } from '../../../electron/services/trusted-url';

const allowed = [
  'app://airlock/index.html',
  'app://airlock/',
  'app://airlock/assets/index-abc123.js',
  'app://airlock/index.html#/reviews/42',
  'app://airlock/index.html?lang=zh-CN',
  'app://airlock/fonts/%E4%B8%AD.woff2',
];

const refused = [
  'file:///etc/passwd',
  'file://airlock/index.html',
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'http://localhost:5173/',
  'http://127.0.0.1/',
  'https://example.com/',
  'https://airlock/',
  'app://airlock@evil/',
  'app://evil@airlock/',
  'app://user:pass@airlock/',
  'app://airlock.evil/',
  'app://airlock.evil.com/index.html',
  'app://evil.airlock/',
  'app://airlock:443/',
  'app://AIRLOCK/index.html',
  'APP://airlock/index.html',
  'App://Airlock/',
  'app://airlock/../',
  'app://airlock/a/../../etc/passwd',
  'app://airlock/%2e%2e/',
  'app://airlock/a\\b',
  'app://аirlock/', // Cyrillic "а"
  'app://airIock/', // capital I for l
  'app://airlock%2eevil/',
  'app:airlock/index.html',
  'app:/airlock/index.html',
  'app:///airlock/index.html',
  'app://airlock',
  ' app://airlock/',
  'about:blank',
  'about:srcdoc',
  'chrome://settings',
  'chrome://gpu',
  'devtools://devtools/bundled/inspector.html',
  'blob:app://airlock/1f0e1c2a-0000-4000-8000-000000000000',
  'view-source:app://airlock/index.html',
  'ws://localhost/',
  '',
  'not a url',
];

describe('isAppUrl / shouldAllowNavigation', () => {
  it.each(allowed)('allows our own page %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
    expect(shouldAllowNavigation(url)).toBe(true);
  });

  it.each(refused)('refuses %j', (url) => {
    expect(isAppUrl(url)).toBe(false);
    expect(shouldAllowNavigation(url)).toBe(false);
  });
});

describe('isAllowedRequestUrl (network filter)', () => {
  it('lets app:// and in-memory data:/blob: resources through', () => {
    expect(isAllowedRequestUrl('app://airlock/assets/a.js', false)).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA', false)).toBe(true);
    expect(isAllowedRequestUrl('blob:app://airlock/1f0e1c2a-0000-4000-8000-000000000000', false)).toBe(true);
  });

  it.each(['https://example.com/', 'http://localhost/', 'ws://127.0.0.1:9222/', 'file:///etc/passwd', 'ftp://x/', 'app://evil/x'])(
    'blocks %s',
    (url) => expect(isAllowedRequestUrl(url, true)).toBe(false),
  );

  it('allows the devtools front-end only when asked (unpackaged builds)', () => {
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html', false)).toBe(false);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html', true)).toBe(true);
  });
});
