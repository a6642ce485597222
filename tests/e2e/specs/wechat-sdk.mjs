// WeChat's in-app browser for the end-to-end tests: its user agents, and its JS-SDK file played
// by a recording stub (routed in Playwright: nothing is fetched from outside).
import { newPage } from "./helpers.mjs";

export const TICKET = "e2e-jsapi-ticket";
export const SDK = "https://res.wx.qq.com/open/js/jweixin-1.6.0.js";
export const PHONE = { width: 375, height: 667 };
export const ANDROID_UA = "Mozilla/5.0 (Linux; Android 13; V2055A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MMWEBID/2585 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64";
export const IOS_UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.50(0x1800322d) NetType/WIFI Language/zh_CN";

// Records what the page asks of the SDK. Like WeChat's, `ready` callbacks run after every
// successful configuration, and `error` ones after a refused one (`__wxRefuse` of them).
const STUB = `window.__wx = { configs: [], shares: [] };
(function () {
  var ready = [], error = [];
  window.wx = {
    config: function (c) {
      __wx.configs.push({ c: c, url: location.href.split("#")[0] });
      setTimeout(function () {
        var refuse = (window.__wxRefuse || 0) > 0;
        if (refuse) window.__wxRefuse--;
        (refuse ? error : ready).forEach(function (f) { f({ errMsg: "config:invalid signature" }); });
      }, 20);
    },
    ready: function (f) { ready.push(f); },
    error: function (f) { error.push(f); },
    updateAppMessageShareData: function (d) { __wx.shares.push(Object.assign({ kind: "app" }, d)); },
    updateTimelineShareData: function (d) { __wx.shares.push(Object.assign({ kind: "timeline" }, d)); }
  };
})();`;

/** A page inside WeChat with the SDK stubbed; `refuse` configurations are refused first. */
export async function inWechat(userAgent, { refuse = 0, locale = "zh-CN" } = {}) {
  const page = await newPage({ locale, userAgent, viewport: PHONE });
  const outside = [];
  // Anything not on this machine (the app and the stand-ins are) is outside.
  await page.context().route((u) => !["127.0.0.1", "localhost"].includes(u.hostname), (r) => {
    if (r.request().url() === SDK) return r.fulfill({ contentType: "application/javascript", body: STUB });
    outside.push(r.request().url());
    return r.abort();
  });
  if (refuse) await page.addInitScript((n) => { window.__wxRefuse = n; }, refuse);
  page.outside = outside;
  return page;
}


export const MINI_UA = `${ANDROID_UA} miniProgram/wx-mini-e2e`;

// A Mini Program's <web-view>: the SDK says where it runs (`__wxjs_environment`) and records what
// the page tells its host (`wx.miniProgram.postMessage`, `navigateTo`).
const MINI_STUB = `window.__wx = { posts: [], navigations: [] };
window.__wxjs_environment = "miniprogram";
window.wx = {
  config: function () {}, ready: function () {}, error: function () {},
  miniProgram: {
    postMessage: function (m) { __wx.posts.push(JSON.parse(JSON.stringify(m.data))); },
    navigateTo: function (o) { __wx.navigations.push(o.url); if (o.success) o.success({}); },
    getEnv: function (cb) { cb({ miniprogram: true }); }
  }
};`;

/** A page in the organizer's Mini Program web-view, WeChat's SDK stubbed, nothing from outside. */
export async function inMiniProgram({ locale = "zh-CN" } = {}) {
  const page = await newPage({ locale, userAgent: MINI_UA, viewport: PHONE });
  const outside = [];
  await page.context().route((u) => !["127.0.0.1", "localhost"].includes(u.hostname), (r) => {
    if (r.request().url() === SDK) return r.fulfill({ contentType: "application/javascript", body: MINI_STUB });
    outside.push(r.request().url());
    return r.abort();
  });
  page.outside = outside;
  return page;
}
