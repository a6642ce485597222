import test from 'node:test';
import assert from 'node:assert/strict';
import { sandbox, plain, SITE } from './harness.mjs';

async function open(query, opts) {
  const sb = sandbox(opts);
  const page = sb.page('pages/web/web.js', 'pages/web/web');
  await page.onLoad(query);
  return { sb, page };
}

test('signs in and opens the requested storefront page with the ticket', async () => {
  const { sb, page } = await open({ path: '%2Fproducts%2F3' });
  assert.equal(sb.named('login').length, 1);
  const [req] = sb.named('request');
  assert.equal(req.arg.url, `${SITE}/api/v1/auth/wechat/mini`);
  assert.equal(req.arg.method, 'POST');
  assert.deepEqual(plain(req.arg.data), { code: 'CODE1' });
  assert.equal(req.arg.header['content-type'], 'application/json');
  assert.equal(page.data.src, `${SITE}/auth/mini?ticket=T&next=%2Fproducts%2F3`);
});

test('encodes the ticket and the whole path, query and hash included', async () => {
  const ticket = 'a+b/c=';
  const opts = { request: (o) => o.success({ statusCode: 201, data: { ticket } }) };
  const { page } = await open({ path: encodeURIComponent('/products?q=x&page=2#top') }, opts);
  assert.equal(page.data.src, `${SITE}/auth/mini?ticket=a%2Bb%2Fc%3D&next=%2Fproducts%3Fq%3Dx%26page%3D2%23top`);
});

test('opens the home page without a path', async () => {
  const { page } = await open({});
  assert.equal(page.data.src, `${SITE}/auth/mini?ticket=T&next=%2F`);
});

test('opens without a ticket when sign-in fails', async (t) => {
  const cases = {
    'server answers 502': { request: (o) => o.success({ statusCode: 502, data: 'Bad Gateway' }) },
    'request fails': { request: (o) => o.fail({ errMsg: 'request:fail timeout' }) },
    'server answers 200 (only 201 carries a ticket)': { request: (o) => o.success({ statusCode: 200, data: { ticket: 'T' } }) },
    '201 without ticket': { request: (o) => o.success({ statusCode: 201, data: {} }) },
    'login fails': { login: (o) => o.fail({ errMsg: 'login:fail' }) },
    'login throws': { login: () => { throw new Error('no wx.login'); } },
  };
  for (const [name, opts] of Object.entries(cases)) {
    await t.test(name, async () => {
      const { page } = await open({ path: '%2Fproducts%2F3' }, opts);
      assert.equal(page.data.src, `${SITE}/products/3`);
    });
  }
  const { sb } = await open({}, cases['login fails']);
  assert.equal(sb.named('request').length, 0, 'no request without a code');
});

test('refuses paths that leave the site and opens the home page', async () => {
  for (const p of ['//evil.example', 'https://evil.example', '/\\evil.example', '%E0%A4%A', '/产品']) {
    const { page } = await open({ path: encodeURIComponent(p) });
    assert.equal(page.data.src, `${SITE}/auth/mini?ticket=T&next=%2F`, p);
  }
});

test('a path to the sign-in pages (an old ticket) opens the home page, not reused', async () => {
  const { page } = await open({ path: encodeURIComponent('/auth/mini?ticket=OLD&next=/orders/7') });
  assert.equal(page.data.src, `${SITE}/auth/mini?ticket=T&next=%2F`);
});

test('never logs the code or the ticket (logs nothing)', async () => {
  const { sb } = await open({ path: '%2F' }, { request: (o) => o.fail({ errMsg: 'x' }) });
  const { sb: sb2 } = await open({ path: '%2F' });
  assert.deepEqual([...sb.logs, ...sb2.logs], []);
});
