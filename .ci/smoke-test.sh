#!/bin/sh
# Checks an installed cco the way a user meets it. Usage: .ci/smoke-test.sh PATH-TO-cco
# Runs with an empty environment (no JAVA_HOME, a PATH without any JDK 25), so nothing but the
# bundle's own runtime can serve.
set -u
cco=$1
passed=0
failed=0
out=$(mktemp)
err=$(mktemp)
project=$(mktemp -d)
trap 'rm -rf "$out" "$err" "$project"' EXIT
cd "$project"

run() {
    env -i HOME="$HOME" PATH=/usr/bin:/bin "$cco" "$@" >"$out" 2>"$err"
}

check() {
    if [ "$1" = ok ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAILED: $2" >&2
        sed 's/^/  stdout: /' "$out" >&2
        sed 's/^/  stderr: /' "$err" >&2
    fi
}

expect() { # expected-exit-code description grep-pattern-on-stdout cco-args...
    code=$1 description=$2 pattern=$3
    shift 3
    run "$@"
    actual=$?
    if [ "$actual" -eq "$code" ] && { [ -z "$pattern" ] || grep -q -- "$pattern" "$out"; }; then
        check ok "$description"
    else
        check failed "$description (exit $actual, expected $code)"
    fi
}

expect_usage_error() { # description cco-args...
    description=$1
    shift
    run "$@"
    actual=$?
    if [ "$actual" -eq 2 ] && [ ! -s "$out" ] && [ "$(wc -l <"$err")" -eq 1 ] && grep -q '^cco: ' "$err"; then
        check ok "$description"
    else
        check failed "$description: want exit 2 and one line on stderr (exit $actual)"
    fi
}

expect 0 "--version" '^cco [0-9]' --version
expect 0 "--help lists the exit codes" '^Exit codes:' --help
expect 0 "--dry-run --add-dir /tmp:ro" '^  read-only   /tmp ' --dry-run --add-dir /tmp:ro
expect 0 "--dry-run keeps the project writable" "^  read-write  $(pwd -P) " --dry-run
expect 0 "info: bubblewrap is usable for this user" 'native (bubblewrap): usable' info
expect 0 "cleanup: what killed sessions left, stopped containers, untagged images; here nothing" '^cco: nothing to clean up' cleanup
expect 0 "cleanup --dry-run removes nothing" '^cco: nothing to clean up' cleanup --dry-run
expect 0 "the completion scripts know every subcommand" 'self-update' completion fish
expect 0 "quarantine lists what cco moved aside, here nothing" '^cco: nothing in quarantine' quarantine
expect 0 "a native session writes the project, not the host" '^inside-ok denied$' \
    --command sh -c 'echo x > written-inside && (touch /etc/cco-smoke 2>/dev/null && echo LEAK || echo inside-ok denied)'
if [ -f "$project/written-inside" ] && [ ! -e /etc/cco-smoke ]; then check ok "the session's effects on the host"; else check failed "the session's effects on the host"; fi
expect 7 "--pty without a terminal passes the streams and the status through" '^no terminal here$' \
    --pty --command sh -c 'test -t 1 || echo no terminal here; exit 7'
# The Docker backend: .ci/run starts the daemon and imports the base image.
env -i HOME="$HOME" PATH=/usr/bin:/bin CCO_BASE_IMAGE="${CCO_TEST_BASE_IMAGE:-cco-test-base:bookworm}" "$cco" --backend docker \
    --command sh -c 'echo docker-ok > written-by-container; id -u' >"$out" 2>"$err"
if [ $? -eq 0 ] && [ "$(cat "$out")" = "$(id -u)" ] && [ "$(stat -c %u "$project/written-by-container" 2>/dev/null)" = "$(id -u)" ]; then
    check ok "a Docker session writes the project as the caller"
else
    check failed "a Docker session writes the project as the caller"
fi
page=$(dirname "$(readlink -f "$cco")")/../share/man/man1/cco.1
if MANWIDTH=80 man -l "$page" 2>/dev/null | grep -q 'self-update'; then check ok "the installed man page renders"; else check failed "the installed man page renders"; fi
expect_usage_error "self-update without a source" self-update
expect_usage_error "unknown backend" --backend podman
expect_usage_error "--add-dir without a path" --add-dir
expect_usage_error "--deny-path followed by an option" --deny-path --safe
expect_usage_error "missing --add-dir path" --add-dir /nonexistent/dir
expect_usage_error "shared and denied at once" --add-dir /tmp --deny-path /tmp
expect_usage_error "--packages with --backend native" --backend native --packages ripgrep

echo "smoke test of $cco as $(id -un):"
echo "smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
