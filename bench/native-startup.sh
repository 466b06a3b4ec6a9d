#!/bin/sh
# Native session start-up of the installed cco against bare bubblewrap, in one hyperfine run:
#   cco --backend native --command true
#   bwrap --ro-bind / / --dev /dev --proc /proc true
#   cco --version   (the JVM's start with its AOT cache and the command line: the floor of a
#                    session start in this design, which adds planning, bash and bwrap to it)
#   $CCO_BEFORE --backend native --command true   (when CCO_BEFORE names another installed cco,
#                    an earlier build: before and after a change, in the same run)
# Reports the medians and the session's ratio to bare bwrap. Run it as the user who will use
# cco (an unprivileged user: root skips the user namespace). Needs hyperfine; RUNS (default 30) sets the run count.
set -eu
runs=${RUNS:-30}
cco=${CCO:-$HOME/.local/bin/cco}
command -v hyperfine >/dev/null || { echo "bench: hyperfine is needed (apt-get install hyperfine)" >&2; exit 1; }
[ -x "$cco" ] || { echo "bench: no installed cco at $cco (run install/install.sh)" >&2; exit 1; }
project=$(mktemp -d "${TMPDIR:-/var/tmp}/cco-bench-XXXXXX")
results=$(mktemp)
trap 'rm -rf "$project" "$results"' EXIT
cd "$project"
bwrap=$(command -v bwrap)
truth=$(command -v true)
set -- "$bwrap --ro-bind / / --dev /dev --proc /proc $truth" "$cco --backend native --command true" "$cco --version"
if [ -n "${CCO_BEFORE:-}" ]; then
    [ -x "$CCO_BEFORE" ] || { echo "bench: CCO_BEFORE is not an executable: $CCO_BEFORE" >&2; exit 1; }
    set -- "$@" "$CCO_BEFORE --backend native --command true"
fi
hyperfine -N --warmup 3 --runs "$runs" --export-json "$results" "$@" >/dev/null
python3 - "$results" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
for r in results:
    print(f"{r['median'] * 1000:8.1f} ms median  {r['command']}")
print(f"ratio cco / bare bwrap: {results[1]['median'] / results[0]['median']:.1f}")
if len(results) > 3:
    print(f"this cco - CCO_BEFORE: {(results[1]['median'] - results[3]['median']) * 1000:+.1f} ms")
PY
