# Sourced by the start scripts after find-java.sh. With Java 25 or newer, sets AOT_OPTIONS so that the program
# starts from an ahead-of-time cache (JEP 483, 514 and 515: its classes loaded and linked, and method profiles)
# that an earlier run of the same program on the same Java recorded as it exited; the first run records it.
# The cache is the user's ($XDG_CACHE_HOME/arrowhead), one per program, Java runtime and class path, and is
# recorded again when a jar of the class path is newer. ARROWHEAD_AOT=off starts without it.
#
# Usage: aot_cache_options NAME CLASSPATH
aot_cache_options() {
  AOT_OPTIONS=
  [ "${ARROWHEAD_AOT:-on}" != off ] && [ "${JAVA_VERSION:-0}" -ge 25 ] || return 0
  aot_dir=${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}/arrowhead
  mkdir -p "$aot_dir" 2>/dev/null && [ -w "$aot_dir" ] || return 0
  aot_key=$(printf '%s\n%s\n' "$JAVA_RUNTIME" "$2" | cksum | cut -d' ' -f1)
  aot_base=$aot_dir/$1-$aot_key
  aot_cache=$aot_base.aot
  # Each recording run writes its own file, so that two first runs do not write one file. A recording is
  # complete once the JVM has removed the configuration file it writes beside it on the way out.
  for aot_done in "$aot_base".*.aot; do
    [ -f "$aot_done" ] && [ ! -e "$aot_done.config" ] && mv -f "$aot_done" "$aot_cache"
  done
  if [ -f "$aot_cache" ] && ! aot_jar_newer "$aot_cache" "$2"; then
    AOT_OPTIONS="-XX:AOTCache=$aot_cache"
  else
    rm -f "$aot_cache"
    AOT_OPTIONS="-XX:AOTCacheOutput=$aot_base.$$.aot"
  fi
}

# Whether a jar of the class path $2 is newer than the file $1.
aot_jar_newer() {
  aot_rest=$2
  while [ -n "$aot_rest" ]; do
    aot_jar=${aot_rest%%:*}
    [ "$aot_jar" = "$aot_rest" ] && aot_rest= || aot_rest=${aot_rest#*:}
    [ "$aot_jar" -nt "$1" ] && return 0
  done
  return 1
}
