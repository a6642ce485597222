// Inside the organizer's Mini Program only (public/wechat.js loads this file when WeChat's SDK
// says the page runs in a <web-view>). There the host builds the share card: each page's card
// (see wechat.js's `card`) is posted to it with wx.miniProgram.postMessage, which the host reads
// when the visitor shares (integrations/wechat-mini-program). A link to another site, which a
// web-view cannot open, is offered as text to copy. Nothing here may break the page.
(function () {
  "use strict";
  var posted = "";

  window.expocxMini = function (c) {
    var u = new URL(c.link);
    var share = { title: c.title, imageUrl: c.imgUrl, path: u.pathname + u.search };
    var key = JSON.stringify(share);
    if (key === posted) return;
    try {
      wx.miniProgram.postMessage({ data: { share: share } });
      posted = key;
    } catch (e) { /* no host to tell: its default card */ }
  };

  function copyable(url) {
    var lang = document.documentElement.lang || "";
    var say = lang === "en" ? "Links to other sites do not open here. Copy it and open it in your browser:"
      : lang === "zh-Hant" ? "其他網站的連結無法在這裡開啟，請複製後在瀏覽器開啟："
      : "其他网站的链接无法在这里打开，请复制后在浏览器打开：";
    var box = document.getElementById("mp-link") || document.createElement("p");
    box.id = "mp-link";
    box.setAttribute("role", "alert");
    box.className = "panel";
    box.style.cssText = "position:fixed;left:8px;right:8px;bottom:8px;z-index:50;user-select:all;overflow-wrap:anywhere";
    box.textContent = say + " ";
    var code = document.createElement("code");
    code.textContent = url;
    box.appendChild(code);
    document.body.appendChild(box);
    try { navigator.clipboard.writeText(url).catch(function () {}); } catch (e) { /* shown, not copied */ }
  }

  document.addEventListener("click", function (e) {
    var a = e.target && e.target.closest ? e.target.closest("a[href]") : null;
    if (!a || a.origin === location.origin) return;
    e.preventDefault();
    copyable(a.href);
  }, true);
})();
