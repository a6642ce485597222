import test from 'node:test';
import assert from 'node:assert/strict';
import { sandbox, plain } from './harness.mjs';

const FIELDS = {
  timeStamp: '1700000000',
  nonceStr: 'n0nce',
  package: 'prepay_id=wx2017033010242291fcfe0db70013231072',
  signType: 'RSA',
  paySign: 'c2lnbj0+/==',
};
// The query as WeChat hands it to onLoad: every value URL-encoded.
const query = (over = {}) => {
  const q = { order: '42', ...FIELDS, ...over };
  for (const k of Object.keys(q)) if (q[k] === undefined) delete q[k]; else q[k] = encodeURIComponent(q[k]);
  return q;
};
const WEB = { route: 'pages/web/web' };
const PAY = { route: 'pages/pay/pay' };

function pay(q, { pages = [WEB, PAY], result } = {}) {
  const sb = sandbox({ pages, requestPayment: (o) => result && result(o) });
  const page = sb.page('pages/pay/pay.js', 'pages/pay/pay');
  page.onLoad(q);
  return { sb, page };
}
const names = (sb) => sb.calls.map((c) => c.name);

test('requests payment once with exactly the five decoded fields', () => {
  const { sb, page } = pay(query());
  const calls = sb.named('requestPayment');
  assert.equal(calls.length, 1);
  const { success, fail, ...fields } = calls[0].arg;
  assert.deepEqual(plain(fields), FIELDS);
  assert.equal(typeof success, 'function');
  assert.equal(typeof fail, 'function');
  assert.equal(page.data.status, '正在支付…');
  assert.deepEqual(names(sb), ['requestPayment'], 'nothing else until WeChat answers');
});

test('success goes back to the web page that opened it', () => {
  const { sb } = pay(query(), { result: (o) => o.success({ errMsg: 'requestPayment:ok' }) });
  assert.deepEqual(names(sb), ['requestPayment', 'navigateBack']);
});

test('success opens the order when not opened from the web page', () => {
  for (const pages of [[PAY], [{ route: 'pages/other/other' }, PAY]]) {
    const { sb } = pay(query(), { pages, result: (o) => o.success({}) });
    assert.deepEqual(names(sb), ['requestPayment', 'redirectTo']);
    assert.equal(sb.named('redirectTo')[0].arg.url, '/pages/web/web?path=%2Forders%2F42');
  }
});

test('cancel shows 已取消支付, never retries, then goes back', () => {
  const { sb, page } = pay(query(), { result: (o) => o.fail({ errMsg: 'requestPayment:fail cancel' }) });
  assert.equal(page.data.status, '已取消支付');
  assert.deepEqual(names(sb), ['requestPayment'], 'status is shown before leaving');
  sb.runTimers();
  assert.deepEqual(names(sb), ['requestPayment', 'navigateBack']);
});

test('other failures also go back to the order, once', () => {
  const { sb, page } = pay(query(), { pages: [PAY], result: (o) => o.fail({ errMsg: 'requestPayment:fail' }) });
  assert.equal(page.data.status, '支付未完成');
  sb.runTimers();
  page.backToOrder();
  assert.deepEqual(names(sb), ['requestPayment', 'redirectTo']);
});

test('invalid queries show an error and do not request payment', () => {
  const bad = {
    'missing paySign': query({ paySign: undefined }),
    'empty nonceStr': query({ nonceStr: '' }),
    'non-digit order': query({ order: '42;x' }),
    'missing order': query({ order: undefined }),
    'malformed encoding': { ...query(), package: '%E0%A4%A' },
    'no query': undefined,
  };
  for (const [name, q] of Object.entries(bad)) {
    const { sb, page } = pay(q);
    assert.equal(sb.named('requestPayment').length, 0, name);
    assert.ok(page.data.error, name);
    assert.equal(page.data.status, '', name);
  }
});

test('the back button leaves the error page', () => {
  let { sb, page } = pay(query({ paySign: undefined }));
  page.onBack();
  assert.deepEqual(names(sb), ['navigateBack']);
  ({ sb, page } = pay(query({ paySign: undefined }), { pages: [PAY] }));
  page.onBack();
  assert.equal(sb.named('redirectTo')[0].arg.url, '/pages/web/web?path=%2F');
});
