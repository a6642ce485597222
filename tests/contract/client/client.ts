// What an integrator writes against the contract: types generated from
// crates/contract/openapi.json by openapi-typescript (into ./generated, by
// tests/contract/document.sh), and a small client calling five operations. It only has to
// type-check: a renamed field, a removed path or a changed body breaks it.
import type { paths } from "./generated/api";

type Body<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { "application/json": infer B } };
}
  ? B
  : never;
type Answer<P extends keyof paths, M extends keyof paths[P], S extends number> = paths[P][M] extends {
  responses: { [K in S]: { content: { "application/json": infer B } } };
}
  ? B
  : never;

/** The contract's base: the document's `servers` entry, on the backend's origin. */
export class ExpoClient {
  constructor(private origin: string, private token?: string) {}

  private async send<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    const r = await fetch(`${this.origin}/api/v1${path}`, {
      method,
      headers: {
        accept: "application/json",
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${(await r.json()).code}`);
    return (await r.json()) as T;
  }

  /** `auth_login` */
  async signIn(body: Body<"/auth/login", "post">): Promise<Answer<"/auth/login", "post", 200>> {
    const session = await this.send<Answer<"/auth/login", "post", 200>>("POST", "/auth/login", body);
    this.token = session.token;
    return session;
  }

  /** `products_list` */
  products(query: NonNullable<paths["/products"]["get"]["parameters"]["query"]>): Promise<Answer<"/products", "get", 200>> {
    const q = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
    return this.send("GET", `/products?${q}`);
  }

  /** `cart_quote` */
  quote(cart: Body<"/cart/quote", "post">): Promise<Answer<"/cart/quote", "post", 200>> {
    return this.send("POST", "/cart/quote", cart);
  }

  /** `orders_place`: idempotent by its key. */
  placeOrder(order: Body<"/orders", "post">, key: string): Promise<Answer<"/orders", "post", 201>> {
    return this.send("POST", "/orders", order, { "idempotency-key": key });
  }

  /** `exhibitor_orders_list` */
  exhibitorOrders(query: NonNullable<paths["/exhibitor/orders"]["get"]["parameters"]["query"]>): Promise<Answer<"/exhibitor/orders", "get", 200>> {
    const q = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
    return this.send("GET", `/exhibitor/orders?${q}`);
  }
}

/** A visitor buys the first product for booth pickup; the booth's staff then finds the order. */
export async function buyAndFind(origin: string, slotId: number): Promise<string> {
  const visitor = new ExpoClient(origin);
  await visitor.signIn({ email: "visitor@demo.expocx.test", password: "visit-expo-2026" });
  const page = await visitor.products({ limit: 1 });
  const product = page.items[0];
  const cart = { lines: [{ product_id: product.id, quantity: 1 }] };
  const quote = await visitor.quote(cart);
  const order = await visitor.placeOrder(
    { cart, fulfilment: [{ method: "pickup", exhibitor_id: product.exhibitor_id, slot_id: slotId }], expected_total_minor: quote.total.amount_minor },
    crypto.randomUUID(),
  );
  const staff = new ExpoClient(origin);
  await staff.signIn({ email: "tea@demo.expocx.test", password: "exhibit-expo-2026" });
  const list = await staff.exhibitorOrders({ q: order.number });
  return `${order.number}: ${list.total} found, ${order.total.amount_minor} ${order.total.currency}`;
}
