# Sourced by install.sh and package.sh (which set $repo): sets JAVA_HOME to a JDK 25 (JAVA_HOME, or
# one under /usr/lib/jvm) and $version to the checkout's, and defines package_modules.
jdk_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

find_jdk() {
    for candidate in ${JAVA_HOME:-} /usr/lib/jvm/temurin-25* /usr/lib/jvm/java-25* /usr/lib/jvm/*; do
        if [ -x "$candidate/bin/jlink" ] && [ "$(jdk_major "$candidate")" -ge 25 ] 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

JAVA_HOME=$(find_jdk) || { echo "$(basename "$0" .sh): no JDK 25 found; set JAVA_HOME to a JDK 25" >&2; exit 1; }
export JAVA_HOME
command -v mvn >/dev/null || { echo "$(basename "$0" .sh): Maven (mvn) is needed to build cco" >&2; exit 1; }

version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$repo/pom.xml" | head -n 1)

# Third-party jars of a dependency's earlier version stay in target/lib across builds and would be
# linked beside the new ones; cco's own jars are told apart by version (jlink/build-bundle.sh).
package_modules() {
    rm -rf "$repo/modules/cli/target/lib"
    (cd "$repo" && mvn -B -q -DskipTests package)
}
