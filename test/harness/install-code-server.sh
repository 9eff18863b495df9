#!/usr/bin/env bash
# install-code-server.sh [DIR]
#
# Installs code-server (VS Code's server + web workbench, published on npm) ready
# to run into DIR (default: <repo>/.vscode-test/code-server). We use it to run
# the integration tests in a real extension host on machines that reach only
# the npm registry and Debian apt (no VS Code/Electron download).
#
# Idempotent: with a complete install it only prints the entry path.
# Last line of stdout: the runnable entry (`node <entry> ...`). Logs go to stderr.
#
# Env: CODE_SERVER_VERSION  default 4.100.3 (= VS Code 1.100.3, the last release
#                           on node 20; 4.103+ declare node 22)
#      SKIP_APT=1           never apt-get; fail listing the missing packages
set -euo pipefail

VERSION="${CODE_SERVER_VERSION:-4.100.3}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DIR="${1:-$REPO/.vscode-test/code-server}"
mkdir -p "$DIR"
DIR="$(cd "$DIR" && pwd)"
PKG="$DIR/node_modules/code-server"
ENTRY="$PKG/out/node/entry.js"
STAMP="$DIR/.installed-$VERSION"
START=$(date +%s)

log() { echo "[install-code-server] $*" >&2; }
die() { echo "[install-code-server] ERROR: $*" >&2; exit 1; }

# The stamp is written last, so an interrupted install is redone from scratch.
if [[ -f "$STAMP" && -f "$ENTRY" ]]; then
  log "code-server $VERSION already installed in $DIR"
  echo "$ENTRY"
  exit 0
fi
rm -f "$DIR"/.installed-*

# --- node: 4.100.x ships native modules for node 20's ABI -----------------------
command -v node >/dev/null || die "node not found"
NODE_VER="$(node -p process.versions.node)"
NODE_MAJOR="${NODE_VER%%.*}"
if [[ "$VERSION" == 4.100.* && "$NODE_MAJOR" != 20 ]]; then
  die "code-server $VERSION needs node 20 (found $NODE_VER); set CODE_SERVER_VERSION to a release whose engines.node matches"
fi

# --- apt: compilers/headers for the native modules, ripgrep (its npm package
#     downloads from GitHub), a Chromium to drive the web workbench -----------------
APT_PKGS=(build-essential python3 pkg-config libkrb5-dev libxkbfile-dev libsecret-1-dev ripgrep)
have_browser() {
  [[ -n "${CHROMIUM_PATH:-}" && -x "${CHROMIUM_PATH}" ]] || command -v chromium >/dev/null
}
have_browser || APT_PKGS+=(chromium)
missing=()
for p in "${APT_PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  if [[ "${SKIP_APT:-}" == 1 ]]; then
    die "missing apt packages: ${missing[*]} (SKIP_APT=1)"
  elif [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
    log "apt-get install ${missing[*]}"
    apt-get update -qq >&2 || die "apt-get update failed"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2 \
      || die "apt-get install failed for: ${missing[*]}"
  else
    die "missing apt packages: ${missing[*]}. As root: apt-get install -y ${missing[*]}"
  fi
else
  log "apt packages present"
fi
command -v rg >/dev/null || die "ripgrep (rg) not on PATH"

# --- node headers for node-gyp: the nodesource package ships them in /usr/include;
#     otherwise node-gyp downloads them (fine where nodejs.org is reachable) ---------
if [[ -z "${npm_config_nodedir:-}" ]]; then
  if [[ -f /usr/include/node/node_version.h ]] &&
     grep -q "define NODE_MAJOR_VERSION $NODE_MAJOR\$" /usr/include/node/node_version.h; then
    export npm_config_nodedir=/usr
  elif [[ ! -d "$HOME/.cache/node-gyp/$NODE_VER/include/node" ]]; then
    log "no local node $NODE_VER headers; node-gyp will try to download them"
  fi
fi
export npm_config_yes=true npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

# --- code-server: install without scripts (its postinstall downloads ripgrep from
#     GitHub) and do the postinstall's steps by hand ---------------------------------
cd "$DIR"
[[ -f package.json ]] || echo '{"private":true,"description":"code-server for Corpus Lens integration tests"}' > package.json
log "npm install code-server@$VERSION"
npm install --ignore-scripts --no-save --loglevel=error "code-server@$VERSION" >&2

cd "$PKG/lib/vscode"
log "npm install VS Code server dependencies (lib/vscode)"
npm install --omit=dev --ignore-scripts --loglevel=error >&2

mkdir -p node_modules/@vscode/ripgrep/bin
cp -f "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg

log "build native modules"
npm rebuild --loglevel=error kerberos @vscode/spdlog native-watchdog @vscode/deviceid node-pty @parcel/watcher >&2

# what code-server's own postinstall.sh does after `npm install`
ln -sfn node_modules node_modules.asar
ln -sfn code-linux.sh bin/remote-cli/code-server
ln -sfn browser-linux.sh bin/helpers/browser.sh

log "npm install built-in extensions' shared deps (typescript)"
(cd extensions && npm install --omit=dev --loglevel=error >/dev/null)

# argon2 is hoisted to $DIR/node_modules; its prebuilt download fails offline -> compile
log "build argon2"
(cd "$DIR" && npm rebuild --loglevel=error argon2 >&2)

# --- smoke check: every native module loads under this node ------------------------
node -e 'for (const m of ["kerberos","@vscode/spdlog","native-watchdog","@vscode/deviceid","node-pty","@parcel/watcher"]) require(m);' \
  || die "a native module failed to load"
(cd "$PKG" && node -e 'require("argon2")') || die "argon2 failed to load"

touch "$STAMP"
log "done in $(( $(date +%s) - START ))s; size $(du -sh "$DIR" | cut -f1)"
echo "$ENTRY"
