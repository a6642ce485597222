// Plays WeChat Pay's API v3 for the end-to-end tests (started by run.sh). Its key pair and the
// merchant's are made here at start and written to $KEYS (the backend reads the merchant's
// private key and WeChat Pay's public key from there): no key is ever committed. It checks the
// merchant's signature on every request, signs its answers, and when a test says the payer
// confirmed (POST /e2e/pay), sends the backend the signed, encrypted notification WeChat Pay
// would send. POST /e2e/forge sends one signed with a key that is not WeChat Pay's.
import http from "node:http";
import { generateKeyPairSync, createSign, createVerify, createCipheriv, randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";

const KEYS = process.env.KEYS;
const APIV3 = Buffer.from(process.env.EXPOCX_WECHATPAY_APIV3_KEY);
const KEY_ID = process.env.EXPOCX_WECHATPAY_PUBLIC_KEY_ID;
const pair = () => generateKeyPairSync("rsa", { modulusLength: 2048 });
const merchant = pair();
const platform = pair();
writeFileSync(`${KEYS}/merchant.pem`, merchant.privateKey.export({ type: "pkcs8", format: "pem" }));
writeFileSync(`${KEYS}/wechatpay.pub.pem`, platform.publicKey.export({ type: "spki", format: "pem" }));

const orders = new Map(); // out_trade_no -> { total, notify_url, paid }
const rsa = (key, text) => createSign("RSA-SHA256").update(text).sign(key, "base64");

function merchantSigned(method, path, auth = "", body) {
  const part = (k) => (auth.match(new RegExp(`${k}="([^"]*)"`)) || [])[1] ?? "";
  const message = `${method}\n${path}\n${part("timestamp")}\n${part("nonce_str")}\n${body}\n`;
  return auth.startsWith("WECHATPAY2-SHA256-RSA2048 ")
    && createVerify("RSA-SHA256").update(message).verify(merchant.publicKey, part("signature"), "base64");
}

function signedHeaders(body, key = platform.privateKey) {
  const ts = String(Math.floor(Date.now() / 1000));
  const nonce = randomBytes(8).toString("hex");
  return {
    "content-type": "application/json", "Wechatpay-Timestamp": ts, "Wechatpay-Nonce": nonce,
    "Wechatpay-Serial": KEY_ID, "Wechatpay-Signature": rsa(key, `${ts}\n${nonce}\n${body}\n`),
  };
}

function transaction(no) {
  const o = orders.get(no);
  return { mchid: "1900000001", appid: o.appid, out_trade_no: no, transaction_id: `42${Date.now()}`,
    trade_state: o.paid ? "SUCCESS" : "NOTPAY", amount: { total: o.total, currency: "CNY" } };
}

/** The notification for `no`, encrypted with the API v3 key and signed by `key`. */
async function notify(no, key) {
  const nonce = randomBytes(6).toString("hex");
  const cipher = createCipheriv("aes-256-gcm", APIV3, Buffer.from(nonce));
  cipher.setAAD(Buffer.from("transaction"));
  const sealed = Buffer.concat([cipher.update(JSON.stringify(transaction(no))), cipher.final(), cipher.getAuthTag()]);
  const body = JSON.stringify({ id: `EV-${no}`, event_type: "TRANSACTION.SUCCESS", resource_type: "encrypt-resource",
    resource: { algorithm: "AEAD_AES_256_GCM", ciphertext: sealed.toString("base64"), associated_data: "transaction", nonce } });
  const r = await fetch(orders.get(no).notify_url, { method: "POST", headers: signedHeaders(body, key), body });
  return r.status;
}

const server = http.createServer(async (req, res) => {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  const body = Buffer.concat(chunks).toString();
  const url = new URL(req.url, "http://stand-in");
  const answer = (status, value) => {
    const text = JSON.stringify(value);
    res.writeHead(status, signedHeaders(text));
    res.end(text);
  };
  if (req.method === "POST" && url.pathname === "/v3/pay/transactions/jsapi") {
    if (!merchantSigned("POST", url.pathname, req.headers.authorization, body)) return answer(401, { code: "SIGN_ERROR" });
    const o = JSON.parse(body);
    // The official account's or the Mini Program's: the notification names the app that paid.
    if (![process.env.EXPOCX_WECHAT_APPID, process.env.EXPOCX_WECHAT_MINI_APPID].includes(o.appid)) return answer(400, { code: "APPID_MCHID_NOT_MATCH" });
    orders.set(o.out_trade_no, { total: o.amount.total, notify_url: o.notify_url, paid: false, openid: o.payer.openid, appid: o.appid });
    return answer(200, { prepay_id: `prepay-${o.out_trade_no}` });
  }
  const queried = url.pathname.match(/^\/v3\/pay\/transactions\/out-trade-no\/([^/]+)$/);
  if (req.method === "GET" && queried) {
    if (!merchantSigned("GET", url.pathname + url.search, req.headers.authorization, "")) return answer(401, { code: "SIGN_ERROR" });
    if (!orders.has(queried[1])) return answer(404, { code: "ORDER_NOT_EXIST" });
    return answer(200, transaction(queried[1]));
  }
  // The tests' side door: the payer confirmed in WeChat's payment sheet (or a forger tries).
  if (req.method === "POST" && (url.pathname === "/e2e/pay" || url.pathname === "/e2e/forge")) {
    const { package: pkg } = JSON.parse(body);
    const no = String(pkg).replace("prepay_id=prepay-", "");
    if (!orders.has(no)) return answer(404, {});
    const forged = url.pathname === "/e2e/forge";
    if (!forged) orders.get(no).paid = true;
    return answer(200, { status: await notify(no, forged ? merchant.privateKey : platform.privateKey) });
  }
  res.writeHead(404);
  res.end();
});
server.listen(Number(process.env.PORT), "127.0.0.1");
