// Navigation helpers shared by the pages.

// WeChat keeps at most 10 pages on the stack; near the limit we replace the
// current page instead of pushing a new one.
const MAX_PUSH_DEPTH = 9;

function go(url) {
  if (getCurrentPages().length >= MAX_PUSH_DEPTH) {
    wx.redirectTo({ url });
  } else {
    wx.navigateTo({ url });
  }
}

// Only same-site absolute paths are allowed: a string starting with "/" but not
// "//" (protocol-relative URL), no backslash, printable ASCII only (iOS shows a
// blank web-view for non-ASCII URLs), at most 500 characters. Anything else
// becomes the storefront home "/".
function safePath(p) {
  if (typeof p !== 'string' || p.length > 500) return '/';
  if (p[0] !== '/' || p[1] === '/' || p.indexOf('\\') !== -1) return '/';
  if (!/^[\x21-\x7e]+$/.test(p)) return '/';
  return p;
}

// decodeURIComponent that never throws: '' for a missing or malformed value.
function decode(s) {
  try {
    return typeof s === 'string' ? decodeURIComponent(s) : '';
  } catch (e) {
    return '';
  }
}

// Mini Program URL of the web page showing the given storefront path.
function webPath(spaPath) {
  return '/pages/web/web?path=' + encodeURIComponent(spaPath);
}

module.exports = { decode, go, safePath, webPath };
