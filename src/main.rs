//! Entry point of the browser build: everything happens in `kilit::start`.

fn main() {
    kilit::start();
}
