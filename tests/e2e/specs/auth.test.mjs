// Accounts in the browser: sign up, sign in, guards that keep the visitor's place, sign out.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { newPage, close, expectAccessible, appReady, DEMO_VISITOR, DEMO_EXHIBITOR } from "./helpers.mjs";

after(close);

test("a new visitor signs up, stays signed in across reloads, and signs out", async () => {
  const page = await newPage({ locale: "en-US" });
  await page.goto("/signup");
  await appReady(page);
  await expectAccessible(page, "sign-up");
  const email = `new-${Date.now()}@example.cn`;
  // Bad input first: told what is wrong, nothing typed is lost.
  await page.getByLabel("Name").fill("Ada");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByText("Enter a valid email address.").waitFor();
  await page.getByText("Use at least 8 characters.").waitFor();
  assert.equal(await page.getByLabel("Name").inputValue(), "Ada");
  await expectAccessible(page, "sign-up with errors");

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("expo-pass-2026");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL((u) => u.pathname === "/");
  await page.getByRole("link", { name: "Me", exact: true }).first().click();
  await page.getByRole("heading", { level: 1, name: "My account" }).waitFor();
  await page.getByText(email).waitFor();
  await page.reload();
  await page.getByText(email).waitFor();
  await expectAccessible(page, "account");
  await page.getByRole("dialog", { name: "Your privacy choices" }).getByRole("button", { name: "Accept all" }).click();
  await page.waitForFunction(() => /^[0-9a-f]{64}$/.test(localStorage.getItem("expocx.device") ?? ""));
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await page.waitForURL((u) => u.pathname === "/");
  // The next person on this phone does not inherit the browser's device key.
  await page.waitForFunction(() => localStorage.getItem("expocx.device") === null);
  await page.goto("/me");
  await page.waitForURL(/\/signin\?next=%2Fme/);
});

test("a signed-out visitor sent to sign in comes back to the page they asked for", async () => {
  const page = await newPage({ locale: "zh-CN" });
  await page.goto("/me");
  await page.waitForURL(/\/signin\?next=%2Fme/);
  await page.getByText("请先登录后继续。").waitFor();
  await expectAccessible(page, "sign-in (zh-Hans)");
  await page.getByLabel("邮箱").fill(DEMO_VISITOR.email);
  await page.getByLabel("密码").fill("wrong-password");
  await page.getByRole("button", { name: "登录" }).last().click();
  await page.getByText("邮箱或密码不正确。").waitFor();
  assert.equal(await page.getByLabel("邮箱").inputValue(), DEMO_VISITOR.email, "email kept after a failure");
  await page.getByLabel("密码").fill(DEMO_VISITOR.password);
  await page.getByRole("button", { name: "登录" }).last().click();
  await page.waitForURL((u) => u.pathname === "/me");
  await page.getByText("林小梅").waitFor();
});

test("an expired session sends the visitor to sign in and back to where they were", async () => {
  const page = await newPage({ locale: "en-US" });
  await page.goto("/signin");
  await page.getByLabel("Email").fill(DEMO_VISITOR.email);
  await page.getByLabel("Password").fill(DEMO_VISITOR.password);
  await page.getByRole("button", { name: "Sign in" }).last().click();
  await page.waitForURL((u) => u.pathname === "/");
  // The backend forgets the token (as after expiry or revocation).
  await page.evaluate(() => localStorage.setItem("expocx.session.token", "revoked-token"));
  await page.goto("/me");
  await page.waitForURL(/\/signin\?next=%2Fme/);
  await page.getByText("Your session has expired. Please sign in again.").waitFor();
});

test("exhibitor staff reach the portal; visitors do not", async () => {
  const page = await newPage({ locale: "en-US" });
  await page.goto("/exhibitor");
  await page.waitForURL(/\/signin\?next=%2Fexhibitor/);
  await page.getByLabel("Email").fill(DEMO_EXHIBITOR.email);
  await page.getByLabel("Password").fill(DEMO_EXHIBITOR.password);
  await page.getByRole("button", { name: "Sign in" }).last().click();
  await page.waitForURL((u) => u.pathname === "/exhibitor");
  await page.getByRole("heading", { name: "Your booth" }).waitFor();
  await page.getByText("Jade Peak Tea House").waitFor();
  await expectAccessible(page, "exhibitor portal");

  const visitor = await newPage({ locale: "en-US" });
  await visitor.goto("/signin?next=%2Fexhibitor");
  await visitor.getByLabel("Email").fill(DEMO_VISITOR.email);
  await visitor.getByLabel("Password").fill(DEMO_VISITOR.password);
  await visitor.getByRole("button", { name: "Sign in" }).last().click();
  await visitor.getByText("The exhibitor portal is for exhibitor staff accounts.").waitFor();
});
