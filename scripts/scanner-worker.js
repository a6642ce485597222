// The exhibitor portal's QR reader, off the main thread: camera frames (RGBA) in, the code's
// text (or null) out. Its WebAssembly (crates/scanner) is fetched only when staff open the
// camera; browsers with BarcodeDetector never start it.
import init, { decode } from "./expocx_scanner.js";

const ready = init();
self.onmessage = async ({ data }) => {
  await ready;
  self.postMessage(decode(data.width, data.height, new Uint8Array(data.pixels)));
};
