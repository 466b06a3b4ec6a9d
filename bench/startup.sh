#!/bin/sh
# Startup benchmark of the installed cco (run install/install.sh first).
# Reports the median wall time of 'cco --version' and 'cco --dry-run' beside /bin/true, and,
# with --techniques, what each startup technique of adr/0004-startup.md gives on its own.
# Needs hyperfine (apt-get install hyperfine). Numbers vary with machine load: compare
# within one run, not across runs.
set -eu
runs=${RUNS:-30}
cco=${CCO:-$HOME/.local/bin/cco}
command -v hyperfine >/dev/null || { echo "bench: hyperfine is needed (apt-get install hyperfine)" >&2; exit 1; }
[ -x "$cco" ] || { echo "bench: no installed cco at $cco (run install/install.sh)" >&2; exit 1; }
home=$(sed -n "s/^_cco_home='\(.*\)'$/\1/p" "$(readlink -f "$cco")")
project=$(mktemp -d)
results=$(mktemp)
trap 'rm -rf "$project" "$results"' EXIT
cd "$project"

set -- "/bin/true" "$cco --version" "$cco --dry-run"
if [ "${1:-}" = --techniques ] || [ "${TECHNIQUES:-}" = 1 ]; then
    java="$home/runtime/bin/java"
    base="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"
    set -- "$@" \
        "$java -Xshare:off -m cco.cli/cco.cli.Main --version" \
        "$java $base -Xshare:off -m cco.cli/cco.cli.Main --version" \
        "$java $base -XX:AOTCache=$home/lib/cco.aot -m cco.cli/cco.cli.Main --version" \
        "$java $base -XX:AOTCache=$home/lib/cco.aot -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 -m cco.cli/cco.cli.Main --version"
fi
hyperfine -N --warmup 3 --runs "$runs" --export-json "$results" "$@" >/dev/null
python3 - "$results" <<'PY'
import json, sys
for result in json.load(open(sys.argv[1]))["results"]:
    print(f"{result['median'] * 1000:8.1f} ms median  {result['command']}")
PY
