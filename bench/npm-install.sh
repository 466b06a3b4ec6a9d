#!/bin/sh
# npm install of a small project inside cco against bare npm, warm cache both ways, in one
# hyperfine run: each side has downloaded the packages once before (cco into its own store, bare
# into ~/.npm), then every run removes node_modules and installs again. Reports the medians and
# the ratio (target: at most 1.2). Run it as the user who will use cco. Needs hyperfine, npm and
# the npm registry; RUNS (default 10) sets the run count, CCO the cco to measure.
set -eu
runs=${RUNS:-10}
cco=${CCO:-$HOME/.local/bin/cco}
command -v hyperfine >/dev/null || { echo "bench: hyperfine is needed (apt-get install hyperfine)" >&2; exit 1; }
[ -x "$cco" ] || { echo "bench: no installed cco at $cco (run install/install.sh)" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/var/tmp}/cco-npm-bench-XXXXXX")
results=$(mktemp)
trap 'rm -rf "$work" "$results"' EXIT
for side in bare cco; do
    mkdir "$work/$side"
    cat > "$work/$side/package.json" <<'JSON'
{ "name": "bench", "version": "1.0.0", "private": true,
  "dependencies": { "left-pad": "1.3.0", "cowsay": "1.6.0", "ms": "2.1.3", "semver": "7.6.3" } }
JSON
done
install='npm install --no-audit --no-fund --silent'
(cd "$work/bare" && $install)
(cd "$work/cco" && "$cco" --command sh -c "$install")
hyperfine -N --warmup 1 --runs "$runs" --export-json "$results" \
    --prepare "rm -rf $work/bare/node_modules" "sh -c 'cd $work/bare && $install'" \
    --prepare "rm -rf $work/cco/node_modules" "sh -c 'cd $work/cco && $cco --command sh -c \"$install\"'" >/dev/null
python3 - "$results" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
for r in results:
    print(f"{r['median'] * 1000:8.1f} ms median  {r['command']}")
print(f"ratio cco / bare: {results[1]['median'] / results[0]['median']:.2f}")
PY
