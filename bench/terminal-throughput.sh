#!/bin/sh
# Output throughput through cco's terminal layer, against the same command bare, in one run:
# through a pipe, and in a real terminal (a tmux pane) both handed over and with --pty (cco
# relays a private terminal). Then the resident memory of cco's processes during a --pty session.
# Run it as the user who will use cco, after install/install.sh. Needs tmux. MB (default 40) sets
# how many MiB go through od; RUNS (default 3) how many times each case runs (the median counts).
set -eu
mb=${MB:-40}
runs=${RUNS:-3}
cco=${CCO:-$HOME/.local/bin/cco}
command -v tmux >/dev/null || { echo "bench: tmux is needed (apt-get install tmux)" >&2; exit 1; }
[ -x "$cco" ] || { echo "bench: no installed cco at $cco (run install/install.sh)" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/var/tmp}/cco-bench-XXXXXX")
server="cco-bench-$$"
trap 'tmux -L "$server" kill-server 2>/dev/null; rm -rf "$work"' EXIT
cd "$work"
workload="head -c ${mb}M /dev/zero | od -v -An -tx1"
bytes=$(sh -c "$workload" | wc -c)

now_ms() { date +%s%3N; }

# pipe: wall time of the command with its output into a pipe
pipe_ms() {
    start=$(now_ms)
    sh -c "$1" | cat > /dev/null
    echo $(($(now_ms) - start))
}

# terminal: wall time measured inside a tmux pane of 200x50, output drawn by tmux
tmux -L "$server" new-session -d -s bench -x 200 -y 50 "sh"
tmux -L "$server" set-option -g status off
pane_ms() {
    rm -f "$work/done"
    tmux -L "$server" send-keys -t bench -l "s=\$(date +%s%3N); $1; echo \$((\$(date +%s%3N) - s)) > $work/done.tmp && mv $work/done.tmp $work/done"
    tmux -L "$server" send-keys -t bench Enter
    while [ ! -s "$work/done" ]; do sleep 0.1; done
    cat "$work/done"
    tmux -L "$server" send-keys -t bench -l "clear"
    tmux -L "$server" send-keys -t bench Enter
}

median() { tr ' ' '\n' | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

measure() { # where command
    times=''
    i=0
    while [ "$i" -lt "$runs" ]; do
        times="$times $("$1"_ms "$2")"
        i=$((i + 1))
    done
    echo "$times" | median
}

report() { # label bare-ms cco-ms
    awk -v label="$1" -v bare="$2" -v cco="$3" -v bytes="$bytes" 'BEGIN {
        printf "%-34s bare %7d ms (%6.1f MB/s)   cco %7d ms (%6.1f MB/s)   throughput ratio %.2f\n",
            label, bare, bytes / bare / 1000, cco, bytes / cco / 1000, bare / cco }'
}

echo "workload: $workload ($bytes bytes of output), median of $runs"
bare=$(measure pipe "$workload")
report "pipe, handed over" "$bare" "$(measure pipe "$cco --command sh -c '$workload'")"
report "pipe, --pty (no terminal: passed)" "$bare" "$(measure pipe "$cco --pty --command sh -c '$workload'")"
bare=$(measure pane "$workload")
report "tmux pane, handed over" "$bare" "$(measure pane "$cco --command sh -c '$workload'")"
report "tmux pane, --pty (relayed)" "$bare" "$(measure pane "$cco --pty --command sh -c '$workload'")"

# Resident memory while a --pty session runs: the launcher (bash), the relaying JVM, the private
# session's leader (bash), bwrap and its monitor (the agent, sleep here, is not cco's).
tmux -L "$server" send-keys -t bench -l "$cco --pty --command sh -c 'echo \$PPID > $work/started; sleep 5'"
tmux -L "$server" send-keys -t bench Enter
while [ ! -s "$work/started" ]; do sleep 0.1; done
sleep 1
launcher=$(pgrep -o -f -- "--pty --command sh -c echo" || true)
if [ -n "$launcher" ]; then
    echo "resident memory during a --pty session (ps -o rss):"
    children=$(pgrep -P "$launcher" | tr '\n' ' ')
    grandchildren=$(for child in $children; do pgrep -P "$child" || true; done | tr '\n' ' ')
    monitors=$(for grandchild in $grandchildren; do pgrep -P "$grandchild" -x bwrap || true; done | tr '\n' ' ')
    for pid in $launcher $children $grandchildren $monitors; do
        ps -o rss=,comm= -p "$pid" | awk '{ printf "  %-12s %6.1f MB\n", $2, $1 / 1024 }'
    done
else
    echo "resident memory: the session's launcher was not found" >&2
fi
