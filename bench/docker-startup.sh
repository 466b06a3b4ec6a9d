#!/bin/sh
# Docker session start-up of the installed cco against the docker CLI on the same image, in one
# hyperfine run (warm: the image exists):
#   docker run --rm IMAGE true                    (the yardstick)
#   cco --backend docker --command true
# Then, once each: the first start after install (a fresh bundle's first Docker session, image
# present), the image's size, and the JVM's resident memory during a session (VmHWM and VmRSS of
# the JVM while `sleep 3` runs in the container). CCO (default ~/.local/bin/cco), RUNS (default 20),
# CCO_BASE_IMAGE (the base the image is built from) as for cco itself. Needs hyperfine and docker.
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

# The image cco uses, built if needed, named by the session itself.
image=$("$cco" --backend docker --command sh -c 'true' 2>&1 >/dev/null | sed -n 's/^cco: built \(cco-agent:[0-9a-f]*\)$/\1/p')
[ -n "$image" ] || image=$(docker ps -a --format '{{.Image}}' --filter label=dev.cco.session | head -n 1)
[ -n "$image" ] || image=$(docker images --filter label=dev.cco.image --format '{{.Repository}}:{{.Tag}}' | head -n 1)
echo "image: $image ($(docker image inspect --format '{{.Size}}' "$image" | awk '{printf "%.0f MB", $1 / 1e6}'))"

hyperfine -N --warmup 3 --runs "$runs" --export-json "$results" "docker run --rm $image true" "$cco --backend docker --command true" >/dev/null
python3 - "$results" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
for r in results:
    print(f"{r['median'] * 1000:8.1f} ms median  {r['command']}")
print(f"ratio cco / docker run: {results[1]['median'] / results[0]['median']:.2f}")
PY

# The first start after install: the AOT cache is trained at install, so this is a cold file cache at most.
sync; start=$(date +%s%N); "$cco" --backend docker --command true; end=$(date +%s%N)
echo "first start after this run's warm-up: $(( (end - start) / 1000000 )) ms (see README for a fresh install)"

# The JVM's memory while a session runs.
"$cco" --backend docker --command sleep 3 &
launcher=$!
sleep 2
jvm=$(pgrep -P "$launcher" java || pgrep -f "cco.cli/cco.cli.Main --backend docker --command sleep 3" | head -n 1)
grep -E '^(VmHWM|VmRSS)' "/proc/$jvm/status" | tr -s ' \t' ' '
wait "$launcher"
