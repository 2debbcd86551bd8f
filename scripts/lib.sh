# Shared by scripts/setup, scripts/serve, scripts/test and the bench scripts.
# Source it; it defines versions, paths and the wasm build environment.
# shellcheck shell=bash

KILIT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export KILIT_ROOT

# Pinned tool versions. wasm-bindgen-cli must equal Cargo.lock's wasm-bindgen.
TRUNK_VERSION="0.21.14"
BINARYEN_VERSION="132"   # wasm-opt comes from npm's binaryen, see package.json
KILIT_RUST_VERSION_NATIVE="1.95"

# Tools installed by scripts/setup live outside the work tree so every clone
# on the machine shares them; scripts/setup checks their versions every time.
KILIT_TOOLS="${KILIT_TOOLS:-${XDG_DATA_HOME:-$HOME/.local/share}/kilit/tools}"
export KILIT_TOOLS

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
warn() { printf '\033[33mwarning:\033[0m %s\n' "$*" >&2; }
die() { printf '\033[31merror:\033[0m %s\n' "$*" >&2; exit 1; }

wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$KILIT_ROOT/Cargo.lock"
}

# Which way we get a wasm32 compiler:
#   rustup  - rustup's stable toolchain already has the wasm32-unknown-unknown target
#   debian  - Debian's rustc-web with std rebuilt from rust-web-src (build-std)
# KILIT_WASM_ROUTE=debian (or `scripts/setup --debian`) forces the Debian route.
wasm_route() {
  if [ -n "${KILIT_WASM_ROUTE:-}" ]; then
    echo "$KILIT_WASM_ROUTE"
  elif command -v rustup >/dev/null 2>&1 &&
    rustup target list --installed 2>/dev/null | grep -qx 'wasm32-unknown-unknown'; then
    echo rustup
  else
    echo debian
  fi
}

# Puts the wasm build environment into the current shell. Only for Trunk and
# wasm tests: native `cargo test` must not see it (build-std would rebuild
# std for the host).
enter_wasm_env() {
  local route
  route="$(wasm_route)"
  export PATH="$KILIT_ROOT/node_modules/.bin:$KILIT_TOOLS/bin:$PATH"
  if [ "$route" = debian ]; then
    local shim="$KILIT_TOOLS/debian-shim/bin"
    export PATH="$shim:$PATH"
    export RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc
    unset RUSTUP_TOOLCHAIN
    export RUSTC_BOOTSTRAP=1
    export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
    # Keep the Debian compiler's artefacts apart from rustup's native ones:
    # they differ in version, so sharing would rebuild both ways.
    export CARGO_TARGET_DIR="$KILIT_ROOT/target/debian-web"
  fi
  export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
  export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"
  export TRUNK_OFFLINE=true TRUNK_SKIP_VERSION_CHECK=true
  export KILIT_ACTIVE_ROUTE="$route"
}
