// Shared by the API benchmarks: sign in a demo staff account, and time one path over loopback,
// one request at a time (p50/p99/max in ms; the first rounds only warm the caches).
export const BASE = process.env.BASE_URL ?? "http://127.0.0.1:8080";
export const ROUNDS = Number(process.env.ROUNDS ?? 200);

export async function staffAuth(email) {
  const login = await fetch(`${BASE}/api/v1/auth/login`, {
    method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: "exhibit-expo-2026" }),
  });
  const { token } = await login.json();
  return { headers: { authorization: `Bearer ${token}` } };
}

export const stats = (times) => {
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  const r = (x) => Math.round(x * 10) / 10;
  return { n: times.length, p50_ms: r(at(0.5)), p99_ms: r(at(0.99)), max_ms: r(times[times.length - 1]) };
};

export async function timed(auth, path) {
  const times = [];
  for (let i = 0; i < ROUNDS + 5; i++) {
    const t0 = performance.now();
    const r = await fetch(`${BASE}/api/v1${path}`, auth);
    await r.arrayBuffer();
    if (!r.ok) throw new Error(`${path}: ${r.status}`);
    if (i >= 5) times.push(performance.now() - t0);
  }
  return stats(times);
}
