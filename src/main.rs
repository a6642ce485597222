//! Entry point of the WebAssembly build (Trunk).

fn main() {
    #[cfg(target_arch = "wasm32")]
    expocx::start();
}
