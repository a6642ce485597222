// Inside WeChat only (index.html loads this file when the user agent says MicroMessenger):
// loads WeChat's JS-SDK from its official address, configures it with a signature from the
// backend (GET /api/v1/wechat/js-config), and keeps the share cards (chat and Moments) in step
// with the page on screen. The app describes each page in the document (title, description,
// og:image, see src/browser/card.rs); this file only reads them. Nothing here may break the page:
// every failure leaves the app as it is, with WeChat's default card.
// Inside a Mini Program's <web-view> the host builds the card: wechat-mini.js, fetched there only,
// takes it instead of the JS-SDK.
(function () {
  "use strict";
  var SDK = "https://res.wx.qq.com/open/js/jweixin-1.6.0.js";
  // iOS signs the first URL of the visit (WKWebView keeps it for the JS-SDK); Android signs the
  // page on screen, after each in-app navigation.
  var ios = /iPhone|iPad|iPod/i.test(navigator.userAgent);
  var entry = location.href.split("#")[0];
  // Pages whose link may travel; the others share the home page (nothing personal in a link).
  var PUBLIC = /^\/(products(\/\d+)?|exhibitors(\/\d+)?)?$/;
  var KEEP = ["q", "category", "hall", "exhibitor", "page"];
  var signed = null; // the URL of the configuration in force or under way
  var gen = 0; // configurations asked for
  var ready = 0; // the configuration that became ready
  var retried = false;
  var timer = 0;
  var mini = false; // in a Mini Program's web-view (known once the SDK is here)

  function here() { return location.href.split("#")[0]; }

  function link() {
    var u = new URL(location.href);
    if (!PUBLIC.test(u.pathname)) return u.origin + "/";
    var q = new URLSearchParams();
    KEEP.forEach(function (k) { var v = u.searchParams.get(k); if (v) q.set(k, v); });
    var s = q.toString();
    return u.origin + u.pathname + (s ? "?" + s : "");
  }

  function meta(sel) {
    var m = document.querySelector(sel);
    return m ? m.getAttribute("content") || "" : "";
  }

  function card() {
    var img = meta('meta[property="og:image"]');
    if (!img) {
      var first = document.querySelector("main img[src]");
      img = first ? first.getAttribute("src") : "";
    }
    return {
      title: document.title,
      desc: meta('meta[name="description"]'),
      link: link(),
      imgUrl: img ? new URL(img, location.href).href : "",
    };
  }

  function apply() {
    var c = card();
    try {
      wx.updateAppMessageShareData({ title: c.title, desc: c.desc, link: c.link, imgUrl: c.imgUrl });
      wx.updateTimelineShareData({ title: c.title, link: c.link, imgUrl: c.imgUrl });
    } catch (e) { /* an SDK without these: WeChat's default card */ }
  }

  function configure(url) {
    var g = ++gen;
    signed = url;
    fetch("/api/v1/wechat/js-config?url=" + encodeURIComponent(url), { credentials: "omit" })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (c) {
        if (g !== gen) return;
        wx.config({
          debug: false, appId: c.app_id, timestamp: c.timestamp, nonceStr: c.nonce_str,
          signature: c.signature, jsApiList: ["updateAppMessageShareData", "updateTimelineShareData"],
        });
        // Once per configuration, even if the SDK calls earlier callbacks again.
        wx.ready(function () {
          if (g !== gen || ready === g) return;
          ready = g;
          apply();
        });
      })
      .catch(function () { if (g === gen) signed = null; });
  }

  function update() {
    timer = 0;
    if (!window.wx) return;
    if (mini) return window.expocxMini && expocxMini(card());
    var url = ios ? entry : here();
    if (url !== signed) configure(url);
    else if (ready === gen) apply();
  }

  function soon() {
    if (!timer) timer = setTimeout(update, 60);
  }

  var s = document.createElement("script");
  s.src = SDK;
  s.onload = function () {
    if (!window.wx) return;
    mini = /miniProgram/i.test(navigator.userAgent) || window.__wxjs_environment === "miniprogram";
    if (mini) {
      var m = document.createElement("script");
      m.src = "/wechat-mini.js";
      m.onload = update;
      return document.head.appendChild(m);
    }
    // A refused configuration (a signature for another URL, a ticket WeChat renewed): asked
    // once more with a fresh signature, then left alone.
    wx.error(function () {
      if (retried) return;
      retried = true;
      signed = null;
      soon();
    });
    update();
  };
  document.head.appendChild(s);
  // The app navigates with the History API and describes each page in <head>.
  ["pushState", "replaceState"].forEach(function (name) {
    var original = history[name];
    history[name] = function () {
      var r = original.apply(this, arguments);
      soon();
      return r;
    };
  });
  addEventListener("popstate", soon);
  new MutationObserver(soon).observe(document.head, { subtree: true, childList: true, attributes: true, characterData: true });
})();
