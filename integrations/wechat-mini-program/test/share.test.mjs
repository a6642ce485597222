import test from 'node:test';
import assert from 'node:assert/strict';
import { sandbox, plain } from './harness.mjs';

async function webPage() {
  const sb = sandbox();
  const page = sb.page('pages/web/web.js', 'pages/web/web');
  await page.onLoad({ path: '%2Fproducts%2F1' }); // signed in with ticket "T"
  return page;
}

const message = (...data) => ({ detail: { data } });

test('the last posted share wins and is validated', async () => {
  const page = await webPage();
  page.onMessage(message(
    { share: { title: 'A', imageUrl: 'https://x/a.png', path: '/products/1' } },
    { share: { title: 'B', imageUrl: 'http://insecure/b.png', path: '/exhibitors/2' } },
  ));
  assert.deepEqual(plain(page.onShareAppMessage()), {
    title: 'B',
    path: '/pages/web/web?path=%2Fexhibitors%2F2',
  });
});

test('keeps an https image, ignores later messages without share', async () => {
  const page = await webPage();
  page.onMessage(message(
    { share: { title: 'A', imageUrl: 'https://x/a.png', path: '/products/1' } },
    { other: 1 },
    null,
  ));
  assert.deepEqual(plain(page.onShareAppMessage()), {
    title: 'A',
    imageUrl: 'https://x/a.png',
    path: '/pages/web/web?path=%2Fproducts%2F1',
  });
});

test('without a message, shares the home page', async () => {
  const page = await webPage();
  assert.deepEqual(plain(page.onShareAppMessage()), {
    title: 'ExpoCX',
    path: '/pages/web/web?path=%2F',
  });
  page.onMessage(message({ hello: 'world' }));
  page.onMessage({});
  assert.equal(page.onShareAppMessage().path, '/pages/web/web?path=%2F');
});

test('long titles are truncated, bad paths become the home page', async () => {
  const page = await webPage();
  page.onMessage(message({ share: { title: 'x'.repeat(300), path: '//evil.example/a' } }));
  const card = page.onShareAppMessage();
  assert.equal(card.title.length, 100);
  assert.equal(card.path, '/pages/web/web?path=%2F');
  page.onMessage(message({ share: { title: 42, path: 'https://evil.example' } }));
  assert.deepEqual(plain(page.onShareAppMessage()), { title: 'ExpoCX', path: '/pages/web/web?path=%2F' });
});

test('the ticket never appears in the share', async () => {
  const page = await webPage();
  assert.match(page.data.src, /ticket=T&/);
  const cards = [page.onShareAppMessage()];
  page.onMessage(message({ share: { title: 'T', path: '/auth/mini?ticket=T&next=/products/1' } }));
  cards.push(page.onShareAppMessage());
  page.onMessage(message({ share: { title: 'P', path: '/products/1?q=x' } }));
  cards.push(page.onShareAppMessage());
  for (const card of cards) assert.doesNotMatch(JSON.stringify(card), /ticket/);
  assert.equal(cards[1].path, '/pages/web/web?path=%2F');
  assert.equal(cards[2].path, '/pages/web/web?path=' + encodeURIComponent('/products/1?q=x'));
});
