# Sourced by the start scripts: sets JAVA to a Java 21+ runtime (JAVA_HOME, then /usr/lib/jvm, then the PATH),
# JAVA_VERSION to its feature version and JAVA_RUNTIME to its full runtime version, or explains what is missing
# and exits.

# Prints "<feature version> <runtime version>" of the java given: from the runtime's release file, which every JDK
# and JRE since 9 has beside bin/ (starting a JVM to ask it costs a command line about 70 ms), else from the JVM.
java_versions() {
  java_release="$(dirname "$(dirname "$(readlink -f "$1")")")/release"
  if [ -f "$java_release" ]; then
    java_feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$java_release")
    java_runtime=$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"$/\1/p' "$java_release")
    if [ -n "$java_feature" ] && [ -n "$java_runtime" ]; then
      echo "$java_feature $java_runtime"
      return 0
    fi
  fi
  "$1" -XshowSettings:properties -version 2>&1 | sed -n \
    -e 's/^ *java\.specification\.version = \([0-9]*\).*/feature \1/p' \
    -e 's/^ *java\.runtime\.version = \(.*\)$/runtime \1/p' |
    awk '$1 == "feature" {f = $2} $1 == "runtime" {r = $2} END {if (f != "") print f, r}'
}

find_java() {
  for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} /usr/lib/jvm/temurin-25-jdk-amd64/bin/java /usr/lib/jvm/*/bin/java \
      "$(command -v java 2>/dev/null)"; do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    versions=$(java_versions "$candidate")
    version=${versions%% *}
    if [ -n "$version" ] && [ "$version" -ge 21 ]; then
      echo "$candidate $versions"
      return 0
    fi
  done
  return 1
}

found=$(find_java) || {
  echo "$(basename "$0"): Java 21 or newer is required. Install one (for example Temurin 25) or set JAVA_HOME." >&2
  exit 1
}
JAVA=${found%% *}
found=${found#* }
JAVA_VERSION=${found%% *}
JAVA_RUNTIME=${found#* }
