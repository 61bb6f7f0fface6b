# Shared by the km-bench parts (sourced, not run): the JVM flags every measured server gets, the
# machine's description, and writing a section of docs/benchmarks.md between its markers.

# Same flags for km's server and the bare baseline, so that only the code differs.
JVM_FLAGS=(-Xmx256m -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8)
# ./km runs its server without class unloading in G1's concurrent cycles (see km); both servers get it.
JVM_FLAGS+=(-XX:-ClassUnloadingWithConcurrentMark)

machine() {
  local java
  java=$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.runtime.version/ {print $2}')
  echo "$(nproc) processors ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), Java $java, $(uname -sm)"
}

# free_port: a loopback port nobody listens on.
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

# wait_200 URL TIMEOUT_SECONDS: polls until the URL answers 200; fails after the timeout.
wait_200() {
  local deadline=$(( $(date +%s) + $2 ))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$1" 2>/dev/null)" = 200 ]; do
    [ "$(date +%s)" -lt "$deadline" ] || return 1
    sleep 0.01
  done
}

# median: the median of the numbers on stdin, one a line.
median() {
  sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'
}

# write_section NAME FILE: puts FILE's text between <!-- NAME:begin --> and <!-- NAME:end --> in
# docs/benchmarks.md, replacing what was there, or at the end when the markers are missing.
write_section() {
  local begin="<!-- $1:begin -->" end="<!-- $1:end -->" tmp="$doc.tmp"
  if grep -qF "$begin" "$doc"; then
    awk -v b="$begin" -v e="$end" -v f="$2" '
      $0 == b {print; while ((getline line < f) > 0) print line; skip=1; next}
      $0 == e {skip=0}
      !skip {print}' "$doc" >"$tmp"
  else
    { cat "$doc"; echo; echo "$begin"; cat "$2"; echo "$end"; } >"$tmp"
  fi
  mv "$tmp" "$doc"
}
