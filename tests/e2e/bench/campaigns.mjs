// Benchmark (not a test): campaigns at 100,000 members (the backend runs with
// --campaign-members 100000; add --exhibitor-orders 50000 --exhibitor-leads 20000 for the
// booth's customers). Over loopback, one request at a time: p50/p99 of the live audience count
// for several segments; then the throughput of sending a 10,000-member campaign (members left
// in a cart two days ago, a third of the crowd's ~33,000: capped at 10,000 by the first run's
// send window below). Writes target/bench/campaigns.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { BASE, ROUNDS, staffAuth, stats } from "./api-timing.mjs";

const auth = await staffAuth("tea@demo.expocx.test");
const json = (body) => ({ method: "POST", headers: { ...auth.headers, "content-type": "application/json" }, body: JSON.stringify(body) });

async function count(filter) {
  const times = [];
  let last;
  for (let i = 0; i < ROUNDS + 5; i++) {
    const t0 = performance.now();
    const r = await fetch(`${BASE}/api/v1/exhibitor/campaigns/audience`, json(filter));
    last = await r.json();
    if (!r.ok) throw new Error(`audience ${JSON.stringify(filter)}: ${r.status}`);
    if (i >= 5) times.push(performance.now() - t0);
  }
  return { ...stats(times), matched: last.matched };
}

const everyone = await count({ cart_unpaid_hours: 0 });
if (everyone.matched < 100000) throw new Error(`${everyone.matched} members; start the server with --campaign-members 100000`);
const report = {
  "carts unpaid (every member)": everyone,
  "carts unpaid ≥ 24 h": await count({ cart_unpaid_hours: 24 }),
  "silver or gold tier": await count({ tiers: ["silver", "gold"] }),
  "stable or forming customers": await count({ stages: ["stable", "forming"] }),
  "met at the booth, score ≥ 20": await count({ min_lead_score: 20 }),
  "carts ≥ 24 h and member tier": await count({ cart_unpaid_hours: 24, tiers: ["member"] }),
};

// Sending: a campaign to members whose cart waited two days, in-app and SMS, 10 % held out.
const members = report["carts unpaid ≥ 24 h"].matched;
const draft = {
  name: "Benchmark send", audience: { cart_unpaid_hours: 24 },
  offer: { message: { "zh-Hans": "", "zh-Hant": "", en: "Your tea is waiting" } },
  channels: ["in_app", "sms"], holdout_percent: 10,
};
const created = await fetch(`${BASE}/api/v1/exhibitor/campaigns`, json(draft));
const tag = created.headers.get("etag");
const { id } = await created.json();
const t0 = performance.now();
const scheduled = await fetch(`${BASE}/api/v1/exhibitor/campaigns/${id}/schedule`, { ...json({}), headers: { ...json({}).headers, "if-match": tag } });
if (!scheduled.ok) throw new Error(`schedule: ${scheduled.status}`);
let c;
const during = [];
for (;;) {
  const s0 = performance.now();
  c = await (await fetch(`${BASE}/api/v1/exhibitor/campaigns/${id}`, auth)).json();
  during.push(performance.now() - s0);
  if (c.status === "done") break;
  await new Promise((r) => setTimeout(r, 100));
}
const seconds = (performance.now() - t0) / 1000;
const sent = c.outcomes.find((o) => o.outcome === "sent")?.members ?? 0;
report["send a campaign"] = {
  members, decided_per_s: Math.round(members / seconds), sent, seconds: Math.round(seconds * 10) / 10,
  "campaign read while sending": stats(during),
};
console.table(Object.fromEntries(Object.entries(report).filter(([k]) => k !== "send a campaign")));
console.log(report["send a campaign"]);
mkdirSync("../../target/bench", { recursive: true });
writeFileSync("../../target/bench/campaigns.json", JSON.stringify(report, null, 2));
