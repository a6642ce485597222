// Plays WeChat's part for the end-to-end tests (started by run.sh): its authorization page sends
// the browser straight back with a code; its API exchanges codes for an openid and a nickname,
// and hands out the access token and the jsapi_ticket the JS-SDK signatures are made with. A
// Mini Program's codes (`mp-<who>`) give that person's Mini Program openid; both apps give the
// person's unionid. The browser names its person with the cookie `e2e_person` (else each sign-in
// is someone new).
import http from "node:http";

const SECRET = process.env.EXPOCX_WECHAT_SECRET;
const MINI = [process.env.EXPOCX_WECHAT_MINI_APPID, process.env.EXPOCX_WECHAT_MINI_SECRET];
let n = 0;
const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://stand-in");
  const q = url.searchParams;
  const json = (body) => { res.writeHead(200, { "content-type": "application/json" }); res.end(JSON.stringify(body)); };
  if (url.pathname === "/connect/oauth2/authorize") {
    const back = new URL(q.get("redirect_uri"));
    const person = /(?:^|; )e2e_person=([\w-]+)/.exec(req.headers.cookie ?? "");
    back.searchParams.set("code", person ? `good-person-${person[1]}` : `good-${Date.now()}-${n++}`);
    back.searchParams.set("state", q.get("state"));
    res.writeHead(302, { location: back.toString() });
    return res.end();
  }
  if (url.pathname === "/sns/oauth2/access_token") {
    if (q.get("secret") !== SECRET) return json({ errcode: 40125, errmsg: "invalid appsecret" });
    const code = q.get("code") ?? "";
    if (!code.startsWith("good-")) return json({ errcode: 40029, errmsg: "invalid code" });
    const person = code.startsWith("good-person-") ? code.slice(12) : null;
    return json({ access_token: `tok-${code}`, openid: `openid-${code.slice(5)}`, expires_in: 7200,
      ...(person ? { unionid: `union-${person}` } : {}) });
  }
  if (url.pathname === "/sns/jscode2session") {
    if (q.get("appid") !== MINI[0] || q.get("secret") !== MINI[1]) return json({ errcode: 40125, errmsg: "invalid appsecret" });
    const who = /^mp-([\w-]+)$/.exec(q.get("js_code") ?? "");
    if (!who) return json({ errcode: 40029, errmsg: "invalid code" });
    return json({ openid: `mp-open-${who[1]}`, session_key: "e2e", unionid: `union-${who[1]}` });
  }
  // The JS-SDK's credentials: the server's access token, then the jsapi_ticket it signs with.
  if (url.pathname === "/cgi-bin/token") {
    if (q.get("secret") !== SECRET) return json({ errcode: 40125, errmsg: "invalid appsecret" });
    return json({ access_token: "e2e-access-token", expires_in: 7200 });
  }
  if (url.pathname === "/cgi-bin/ticket/getticket") {
    if (q.get("access_token") !== "e2e-access-token") return json({ errcode: 40001, errmsg: "invalid credential" });
    return json({ errcode: 0, errmsg: "ok", ticket: "e2e-jsapi-ticket", expires_in: 7200 });
  }
  if (url.pathname === "/sns/userinfo") return json({ openid: q.get("openid"), nickname: "微信小明" });
  res.writeHead(404);
  res.end();
});
server.listen(Number(process.env.PORT), "127.0.0.1");
