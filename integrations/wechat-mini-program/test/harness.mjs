// Loads the template's files in a node:vm sandbox with a recording mock of
// the WeChat globals (wx, Page, getCurrentPages, setTimeout, console).
import vm from 'node:vm';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SITE = 'https://fair.example.com';

// Objects made inside the sandbox have its own prototypes; compare copies.
export const plain = (x) => JSON.parse(JSON.stringify(x));

// opts: login/request/requestPayment(options) implementations, pages (stack).
export function sandbox(opts = {}) {
  const calls = [];
  const logs = [];
  const timers = [];
  const stack = { pages: opts.pages || [{ route: 'pages/web/web' }] };
  const impl = {
    login: opts.login || ((o) => o.success({ code: 'CODE1' })),
    request: opts.request || ((o) => o.success({ statusCode: 201, data: { ticket: 'T' } })),
    requestPayment: opts.requestPayment || (() => {}),
  };
  const wx = {};
  for (const name of ['login', 'request', 'navigateTo', 'redirectTo', 'navigateBack', 'requestPayment']) {
    wx[name] = (arg) => {
      calls.push({ name, arg });
      if (impl[name]) impl[name](arg);
    };
  }
  let pageDef = null;
  const log = (...a) => logs.push(a.map(String).join(' '));
  const ctx = vm.createContext({
    wx,
    App() {},
    Page(def) { pageDef = def; },
    getCurrentPages: () => stack.pages,
    setTimeout: (fn, ms) => timers.push({ fn, ms }),
    console: { log, info: log, warn: log, error: log, debug: log },
  });

  const cache = new Map();
  function load(file) {
    if (cache.has(file)) return cache.get(file).exports;
    if (!file.startsWith(ROOT + path.sep)) throw new Error('outside template: ' + file);
    const module = { exports: {} };
    cache.set(file, module);
    const src = fs.readFileSync(file, 'utf8');
    const fn = vm.runInContext(`(function (module, exports, require) {\n${src}\n})`, ctx, { filename: file });
    fn(module, module.exports, (spec) => load(path.resolve(path.dirname(file), spec)));
    return module.exports;
  }

  return {
    calls,
    logs,
    timers,
    stack,
    named: (name) => calls.filter((c) => c.name === name),
    require: (rel) => load(path.join(ROOT, rel)),
    // Load a page file and return an instance as WeChat would create it.
    page(rel, route) {
      load(path.join(ROOT, rel));
      const inst = Object.assign({}, pageDef, { route, data: Object.assign({}, pageDef.data) });
      inst.setData = (d) => Object.assign(inst.data, d);
      return inst;
    },
    runTimers() {
      while (timers.length) timers.shift().fn();
    },
  };
}
