#!/bin/sh
# Builds cco from this checkout and installs it for the current user:
#   the bundle in ${XDG_DATA_HOME:-~/.local/share}/cco/<version> (runtime, launcher, AOT cache)
#   the command  ${CCO_BIN_DIR:-~/.local/bin}/cco
# Re-running it upgrades in place; the previously installed version stays beside it.
# Needs a JDK 25 (JAVA_HOME, or one under /usr/lib/jvm) and Maven; the installed cco needs neither.
set -eu
repo=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)

. "$repo/install/build-env.sh"

data_dir=${XDG_DATA_HOME:-$HOME/.local/share}/cco
bin_dir=${CCO_BIN_DIR:-$HOME/.local/bin}
home=$data_dir/$version

echo "install: building cco $version with $JAVA_HOME"
package_modules

mkdir -p "$data_dir" "$bin_dir"
staging=$(mktemp -d "$data_dir/.staging.XXXXXX")
# Until current points at the new version, this link keeps a 'cco self-update' running meanwhile
# from removing it as a version neither current nor previous (ADR 0032).
installing=$data_dir/.installing.$$
# Those of an install.sh killed before its end would keep their version forever.
for stale in "$data_dir"/.installing.*; do
    if [ -L "$stale" ] && ! kill -0 "${stale##*.}" 2>/dev/null; then
        rm -f "$stale"
    fi
done
trap 'rm -rf "$staging" "$data_dir/.replaced.$$" "$installing"' EXIT
sh "$repo/jlink/build-bundle.sh" "$staging" "$home"

ln -sfn "$version" "$installing"
if [ -e "$home" ]; then
    mv "$home" "$data_dir/.replaced.$$"
fi
mv "$staging" "$home"

# The AOT cache is tied to the runtime's exact location, so it is trained where it will run.
training_dir=$(mktemp -d)
(cd "$training_dir" && CCO_AOT_TRAINING=1 "$home/bin/cco" </dev/null >/dev/null 2>&1) || echo "install: warning: AOT training failed; cco will start slower" >&2
(cd "$training_dir" && CCO_AOT_TRAINING=1 "$home/bin/cco" --backend docker </dev/null >/dev/null 2>&1) \
    || echo "install: warning: AOT training of Docker sessions failed; they will start slower" >&2
rm -rf "$training_dir"

ln -sfn "$version" "$data_dir/current.new" && mv -Tf "$data_dir/current.new" "$data_dir/current"
ln -sfn "$data_dir/current/bin/cco" "$bin_dir/cco.new" && mv -Tf "$bin_dir/cco.new" "$bin_dir/cco"

installed=$("$bin_dir/cco" --version)
echo "install: $installed installed in $home"
echo "install: command: $bin_dir/cco"
case ":$PATH:" in
    *":$bin_dir:"*) ;;
    *) echo "install: add $bin_dir to your PATH to run 'cco'" ;;
esac
