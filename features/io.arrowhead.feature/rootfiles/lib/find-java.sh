# Sourced by the start scripts: sets JAVA to a Java 21+ runtime (JAVA_HOME, then /usr/lib/jvm, then the PATH),
# or explains what is missing and exits.

java_feature_version() {
  "$1" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

find_java() {
  for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} /usr/lib/jvm/temurin-25-jdk-amd64/bin/java /usr/lib/jvm/*/bin/java \
      "$(command -v java 2>/dev/null)"; do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    version=$(java_feature_version "$candidate")
    if [ -n "$version" ] && [ "$version" -ge 21 ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

JAVA=$(find_java) || {
  echo "$(basename "$0"): Java 21 or newer is required. Install one (for example Temurin 25) or set JAVA_HOME." >&2
  exit 1
}
