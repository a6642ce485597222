import test from 'node:test';
import assert from 'node:assert/strict';
import { sandbox } from './harness.mjs';

const depth = (n) => Array.from({ length: n }, () => ({ route: 'pages/web/web' }));

test('go() pushes with navigateTo below depth 9', () => {
  for (const n of [1, 5, 8]) {
    const sb = sandbox({ pages: depth(n) });
    sb.require('lib/nav.js').go('/pages/web/web?path=%2F');
    assert.deepEqual(sb.calls.map((c) => c.name), ['navigateTo'], `depth ${n}`);
    assert.equal(sb.calls[0].arg.url, '/pages/web/web?path=%2F');
  }
});

test('go() replaces with redirectTo at depth 9 and more', () => {
  for (const n of [9, 10]) {
    const sb = sandbox({ pages: depth(n) });
    sb.require('lib/nav.js').go('/pages/pay/pay');
    assert.deepEqual(sb.calls.map((c) => c.name), ['redirectTo'], `depth ${n}`);
  }
});

test('webPath() encodes the storefront path', () => {
  const { webPath } = sandbox().require('lib/nav.js');
  assert.equal(webPath('/products/3?x=1'), '/pages/web/web?path=%2Fproducts%2F3%3Fx%3D1');
});

test('safePath() keeps same-site ASCII paths only', () => {
  const { safePath } = sandbox().require('lib/nav.js');
  assert.equal(safePath('/'), '/');
  assert.equal(safePath('/orders/42?tab=1#top'), '/orders/42?tab=1#top');
  for (const bad of [undefined, null, 42, '', 'products/3', '//evil.example',
    'https://evil.example', '/\\evil.example', '/produits/é', '/a b', '/a\n',
    '/' + 'a'.repeat(500)]) {
    assert.equal(safePath(bad), '/', String(bad));
  }
  assert.equal(safePath('/' + 'a'.repeat(499)).length, 500);
});
