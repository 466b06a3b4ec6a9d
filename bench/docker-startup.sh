#!/bin/sh
# Docker session start-up of the installed cco against the docker CLI on the same image, in one
# hyperfine run (warm: the image exists):
#   docker run --rm --entrypoint true IMAGE       (the yardstick; cco's entrypoint refuses to run without a session)
#   cco --backend docker --command true
# Before it: the image and its size, and the JVM's resident memory while a session runs (VmRSS
# once settled, VmHWM its peak at the start); after it, as root, the first start with cold
# caches (what a fresh install meets).
# CCO (default ~/.local/bin/cco), RUNS (default 20), CCO_BASE_IMAGE (the base the image is built
# from) as for cco itself. Needs hyperfine and the docker CLI (for the yardstick only).
set -eu
runs=${RUNS:-20}
cco=${CCO:-$HOME/.local/bin/cco}
command -v hyperfine >/dev/null || { echo "bench: hyperfine is needed (apt-get install hyperfine)" >&2; exit 1; }
command -v docker >/dev/null || { echo "bench: the docker CLI is needed for the yardstick" >&2; exit 1; }
[ -x "$cco" ] || { echo "bench: no installed cco at $cco (run install/install.sh)" >&2; exit 1; }
project=$(mktemp -d "${TMPDIR:-/var/tmp}/cco-bench-XXXXXX")
results=$(mktemp)
trap 'rm -rf "$project" "$results"' EXIT
cd "$project"

# A session that stays: the image it runs (built first if needed) and the JVM's memory once the
# session has settled (the start-up's garbage collected, the native heap trimmed), with its peak.
"$cco" --backend docker --command sleep 12 &
launcher=$!
for _ in $(seq 600); do
    image=$(docker ps --filter "label=dev.cco.project=$(pwd -P)" --format '{{.Image}}' | head -n 1)
    [ -n "$image" ] && break
    sleep 0.2
done
sleep 10
jvm=$(pgrep -P "$launcher" java | head -n 1)
memory=$(grep -E '^(VmHWM|VmRSS)' "/proc/$jvm/status" | tr -s ' \t' ' ' | tr '\n' ' ')
wait "$launcher"
echo "image: $image ($(docker image inspect --format '{{.Size}}' "$image" | awk '{printf "%.0f MB", $1 / 1e6}'))"
echo "JVM during a session: $memory"

hyperfine -N --warmup 3 --runs "$runs" --export-json "$results" "docker run --rm --entrypoint true $image" "$cco --backend docker --command true" >/dev/null
python3 - "$results" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
for r in results:
    print(f"{r['median'] * 1000:8.1f} ms median  {r['command']}")
print(f"ratio cco / docker run: {results[1]['median'] / results[0]['median']:.2f}")
PY

# The first start after a cold page cache is what a fresh install meets (needs root to drop caches).
if [ "$(id -u)" = 0 ]; then
    sync; echo 3 > /proc/sys/vm/drop_caches
    start=$(date +%s%N); "$cco" --backend docker --command true; end=$(date +%s%N)
    echo "first start, cold caches: $(( (end - start) / 1000000 )) ms"
fi
