// Shows the storefront in a <web-view>, signed in with a one-time ticket,
// and turns the storefront's share info into the Mini Program share card.
const { SITE } = require('../../config.js');
const { decode, safePath, webPath } = require('../../lib/nav.js');
const { ticket } = require('../../lib/signin.js');

// The storefront's sign-in pages are never opened or shared from here: a ticket is single-use
// and must never be reused from a link or put into a share card.
function notAuth(p) {
  return p.indexOf('/auth/') === 0 ? '/' : p;
}

// The storefront URL to open: the path itself, or with a ticket the storefront's /auth/mini,
// which takes the ticket out of the address bar, signs in and goes on to the path.
function storefrontUrl(path, t) {
  if (t === null) return SITE + path;
  return SITE + '/auth/mini?ticket=' + encodeURIComponent(t) + '&next=' + encodeURIComponent(path);
}

// Validate one `share` object posted by the storefront.
function cleanShare(s) {
  const share = {
    title: typeof s.title === 'string' && s.title !== '' ? s.title.slice(0, 100) : 'ExpoCX',
    path: notAuth(safePath(s.path)),
  };
  if (typeof s.imageUrl === 'string' && s.imageUrl.indexOf('https://') === 0) {
    share.imageUrl = s.imageUrl;
  }
  return share;
}

Page({
  data: { src: '' },

  // query.path: URL-encoded storefront path, e.g. "%2Fproducts%2F3".
  onLoad(query) {
    const path = notAuth(safePath(decode((query && query.path) || '/')));
    return ticket().then((t) => {
      this.setData({ src: storefrontUrl(path, t) });
    });
  },

  // The storefront calls wx.miniProgram.postMessage({data: {share: {...}}}).
  // WeChat delivers all posted objects at once (on back, share, destroy);
  // the last one carrying a `share` object wins.
  onMessage(e) {
    const list = e && e.detail && Array.isArray(e.detail.data) ? e.detail.data : [];
    for (let i = list.length - 1; i >= 0; i--) {
      const s = list[i] && list[i].share;
      if (s && typeof s === 'object') {
        this.share = cleanShare(s);
        return;
      }
    }
  },

  // Share card: reopens the shared storefront page (never carries a ticket;
  // whoever opens it gets their own).
  onShareAppMessage() {
    const s = this.share;
    if (!s) return { title: 'ExpoCX', path: webPath('/') };
    const card = { title: s.title, path: webPath(s.path) };
    if (s.imageUrl) card.imageUrl = s.imageUrl;
    return card;
  },
});
