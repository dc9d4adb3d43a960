# Sourced by arrowhead-cli after find-java.sh. Sets CLI_CONFIGURATION to an Equinox configuration area whose
# config.ini starts only the bundles the command line needs (lib/cli-bundles.txt, by symbolic name), taken from the
# console's configuration/config.ini with their versions; no UI bundle is even installed. It is written next to the
# console's configuration when the installation is writable, else in the user's cache, and again when the
# console's configuration or the list is newer.
#
# Usage: cli_configuration INSTALL_DIRECTORY
cli_configuration() {
  cli_source=$1/configuration/config.ini
  cli_list=$1/lib/cli-bundles.txt
  [ -f "$cli_source" ] && [ -f "$cli_list" ] || {
    echo "arrowhead-cli: $cli_source or $cli_list is missing; the installation is incomplete." >&2
    return 1
  }
  CLI_CONFIGURATION=$1/cli-configuration
  if ! mkdir -p "$CLI_CONFIGURATION" 2>/dev/null || [ ! -w "$CLI_CONFIGURATION" ]; then
    cli_key=$(printf '%s\n' "$1" | cksum | cut -d' ' -f1)
    CLI_CONFIGURATION=${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}/arrowhead/cli-configuration-$cli_key
    mkdir -p "$CLI_CONFIGURATION" || return 1
  fi
  cli_ini=$CLI_CONFIGURATION/config.ini
  if [ ! -f "$cli_ini" ] || [ "$cli_source" -nt "$cli_ini" ] || [ "$cli_list" -nt "$cli_ini" ]; then
    # Written beside, then renamed, so that a command started meanwhile never reads half a file.
    awk -v list="$cli_list" '
      BEGIN { while ((getline line < list) > 0) { sub(/#.*/, "", line); gsub(/[ \t]/, "", line); if (line != "") wanted[line] = 1 } }
      /^osgi\.bundles=/ {
        n = split(substr($0, 14), entries, ",")
        out = ""
        for (i = 1; i <= n; i++) {
          name = entries[i]; sub(/^reference\\:file\\:/, "", name); sub(/_[0-9][^_]*$/, "", name)
          if (name in wanted) { out = out (out == "" ? "" : ",") entries[i]; found[name] = 1 }
        }
        for (name in wanted) if (!(name in found)) missing = missing " " name
        print "osgi.bundles=" out
        next
      }
      /^eclipse\.(application|product)=/ { next }
      /^eclipse\.p2\./ { next }
      { print }
      END { if (missing != "") { print "arrowhead-cli: the installation lacks bundles:" missing > "/dev/stderr"; exit 1 } }
    ' "$cli_source" > "$cli_ini.$$" && mv -f "$cli_ini.$$" "$cli_ini" || { rm -f "$cli_ini.$$"; return 1; }
  fi
}
