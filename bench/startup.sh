# km-bench startup: `./km --version` against a bare JVM hello-world, and km's server from start to
# its first 200 against a bare Javalin server that opens the same embedded database first.
set -euo pipefail
. "$root/bench/common.sh"
work="$root/target/bench-startup"
rm -rf "$work" && mkdir -p "$work"
load_before=$(cut -d" " -f1 /proc/loadavg)
RUNS=${KM_BENCH_RUNS:-9}
# ./km trains its AOT caches in the background after a build; here it trains them before it runs,
# so that every measured run has its cache and no training shares the processors with it.
export KM_AOT_WAIT=1
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# time_command CMD...: the median wall time of RUNS runs, in ms.
time_command() {
  local i start
  for i in $(seq 1 "$RUNS"); do
    start=$(now_ms)
    "$@" >/dev/null 2>&1
    echo $(( $(now_ms) - start ))
  done | median
}

# first_200 URL CMD...: the median time from starting the server to its first 200, in ms.
first_200() {
  local url=$1 i start pid
  shift
  for i in $(seq 1 "$RUNS"); do
    start=$(now_ms)
    "$@" >>"$work/server.log" 2>&1 &
    pid=$!
    wait_200 "$url" "${KM_BENCH_WAIT:-300}" || { echo "km-bench: $* did not answer" >&2; tail -20 "$work/server.log" >&2; kill "$pid"; exit 2; }
    echo $(( $(now_ms) - start ))
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done | median
}

echo "km-bench: start-up of km --version…" >&2
"$root/km" --version >/dev/null # builds km when needed
"$root/km" due-date --returned 2026-03-29 >/dev/null # trains the command line's AOT cache when needed
aot="no (the JDK has none)"; [ -s "$root/target/km-cli.aot" ] && aot="yes, \`target/km-cli.aot\` for the commands (not for \`--version\` and \`--help\`, which the JDK's own archive serves better)"
# The four alternate run by run, so that a change in the machine's load touches each alike.
for i in $(seq 1 "$RUNS"); do
  RUNS=1 time_command "$JAVA_HOME/bin/java" -cp "$root/km-web/target/test-classes" th.km.web.bench.BareJvm >>"$work/bare-jvm"
  RUNS=1 time_command "$root/km" --version >>"$work/km-version"
  RUNS=1 time_command "$root/km" --help >>"$work/km-help"
  RUNS=1 time_command "$JAVA_HOME/bin/java" -jar "$root/km-cli/target/km-cli.jar" --version >>"$work/km-version-jar"
done
bare_jvm=$(median <"$work/bare-jvm")
km_version=$(median <"$work/km-version")
km_help=$(median <"$work/km-help")
km_version_jar=$(median <"$work/km-version-jar")

echo "km-bench: start-up of the server…" >&2
data="$work/data"
port=$(free_port)
# The demo's database made once, so that both servers open the same file with its data in it.
KM_DATA_DIR="$data" "$JAVA_HOME/bin/java" "${JVM_FLAGS[@]}" -cp "$KM_BENCH_CP" th.km.web.Main demo --port "$port" >"$work/demo.log" 2>&1 &
pid=$!
wait_200 "http://127.0.0.1:$port/login" 300 || { echo "km-bench: the demo did not start" >&2; cat "$work/demo.log" >&2; kill "$pid"; exit 2; }
# The demo listens before it loads its data; it prints its accounts once the data is in.
for _ in $(seq 1 600); do grep -q "Ctrl-C" "$work/demo.log" && break; sleep 0.1; done
kill "$pid"; wait "$pid" 2>/dev/null || true
url="jdbc:h2:file:$data/demo/km;AUTO_SERVER=TRUE;WRITE_DELAY=0"
bare_server=$(first_200 "http://127.0.0.1:$port/hello" \
  "$JAVA_HOME/bin/java" "${JVM_FLAGS[@]}" -cp "$KM_BENCH_CP" th.km.web.bench.BareHello "$port" "$data/demo")
# km's server as ./km starts it (its jar, its AOT cache, trained by the first start) with the same
# JVM flags through JAVA_TOOL_OPTIONS, and from the build's classes with no AOT cache.
echo "km-bench: ./km serve's first start trains its AOT cache when needed…" >&2
JAVA_TOOL_OPTIONS="${JVM_FLAGS[*]}" RUNS=1 KM_BENCH_WAIT=1200 first_200 "http://127.0.0.1:$port/login" "$root/km" serve --db "$url" --port "$port" >/dev/null
km_aot=$(JAVA_TOOL_OPTIONS="${JVM_FLAGS[*]}" first_200 "http://127.0.0.1:$port/login" \
  "$root/km" serve --db "$url" --port "$port")
km_server=$(first_200 "http://127.0.0.1:$port/login" \
  "$JAVA_HOME/bin/java" "${JVM_FLAGS[@]}" -cp "$KM_BENCH_CP" th.km.web.Main serve --db "$url" --port "$port")
web_aot="no"; [ -s "$root/target/km-web.aot" ] && web_aot="yes, \`target/km-web.aot\`"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
# verdict VALUE BASELINE GOAL: "met (1.23×, goal ≤ 2×)" or "missed (…)".
verdict() { awk -v a="$1" -v b="$2" -v g="$3" 'BEGIN {r = a / b; printf "%s (%.2f×, goal ≤ %s×)", (r <= g ? "met" : "missed"), r, g}'; }
section="$work/section.md"
{
  echo "## Start-up"
  echo
  echo "How long the command line takes to answer \`--version\`, against a bare JVM printing one line,"
  echo "and how long the web server takes from its start to its first 200, against a bare Javalin"
  echo "hello-world server that first opens (and migrates) the same embedded H2 database."
  echo
  echo "- Command: \`$command_line\` (writes this section; \`./km-bench startup\` runs only this one)"
  echo "- Date: $(date -u +%Y-%m-%d)"
  echo "- Machine: $(machine); 1-minute load average when the run began: $load_before (above 1 means other work shared the processors)"
  echo "- Runs: the median of $RUNS of each (the \`--version\` runs alternate the baseline and km); the servers with \`${JVM_FLAGS[*]}\`, polled with curl every 10 ms"
  echo "- AOT cache used by \`./km\`: command line $aot; web server $web_aot"
  echo
  echo "| what | median (ms) | baseline | baseline median (ms) | × baseline | goal |"
  echo "|---|---:|---|---:|---:|---|"
  echo "| \`./km --version\` (the script: build check, AOT cache) | $km_version | bare JVM hello-world | $bare_jvm | $(ratio "$km_version" "$bare_jvm") | ≤ 2 |"
  echo "| \`./km --help\` | $km_help | bare JVM hello-world | $bare_jvm | $(ratio "$km_help" "$bare_jvm") | - |"
  echo "| \`java -jar km-cli.jar --version\` (no script) | $km_version_jar | bare JVM hello-world | $bare_jvm | $(ratio "$km_version_jar" "$bare_jvm") | - |"
  echo "| \`./km serve\` to the first 200 of \`/login\` (jar, AOT cache) | $km_aot | bare Javalin + the same H2 database | $bare_server | $(ratio "$km_aot" "$bare_server") | ≤ 1.5 |"
  echo "| \`km serve\` from the build's classes (no AOT cache) | $km_server | bare Javalin + the same H2 database | $bare_server | $(ratio "$km_server" "$bare_server") | - |"
  echo
  echo "Goals in this run: \`./km --version\` $(verdict "$km_version" "$bare_jvm" 2), the server $(verdict "$km_aot" "$bare_server" 1.5)."
  echo
  cat <<'FOUND'
Where `./km --version`'s time went (`bash -x`, `strace -f`, `-Xlog:class+load`, `-Xlog:aot`,
`-XX:+PrintCompilation`), and what was done about it:

- The script started about ten processes before `java` (`bin/find-jdk` with its `sed` and
  `readlink`, a `find` over the sources, `cat`, `dirname`). It now keeps what it found in
  `target/.km-launch` (the JDK, and the JAVA_HOME and PATH that chose it) and `target/.km-sources`
  (every pom, source file and source folder): a run with nothing changed compares their times with
  the last build's using shell built-ins only and starts nothing but `java`. A changed source, pom,
  jar, JDK, JAVA_HOME or PATH takes the old path (`LauncherScriptTest` checks each).
- picocli: its class files are Java 5's, which the JDK's AOT cache skips ("Skipping picocli/...: Old
  class has been linked" when the cache is made), so every picocli class was still read from its jar,
  verified and interpreted, and picocli built its model of the commands by reflection. This is why
  the AOT cache "made no difference" in the last session: it held km's classes but not picocli's.
  `--version` and `--help` are now answered before picocli is loaded (`QuickAnswers`; the help
  is rendered by picocli at build time, `UsageText`, and a test checks they are the same).
- `System.exit`: since JDK 21 it asks a `System.Logger` whether to log the exit, and looking up
  the logging service reads `META-INF/services` in every jar of the class path: 43 jars opened
  after `km 0.1.0` was printed. A quick answer returns from `main` instead.
- An AOT cache the JVM cannot use (made by another JDK, or older than one of the jars) makes it run
  with no class-data archive at all, slower than with none given, and `-Xlog:aot=off` hid it. The
  script trains the cache again when the JDK or any jar changed, and keeps a new cache only if a
  run with `-XX:AOTMode=on` (which fails rather than run without) accepts it.
- The caches are large (about 17 MB for the command line, 95 MB for the server). Mapping the
  command line's costs more than the two quick answers gain, so they run on the JDK's own archive;
  every other command runs with it, and the server with its own, trained by a run of the demo.
- Training the server's cache takes about a minute (the demo in a scratch folder, up to its first
  200). `./km` no longer makes the first `./km demo` wait for it: after a build it trains in a
  process of its own at the lowest priority while the command runs without the cache, and the
  starts after it use the cache (`LauncherScriptTest` checks both). This benchmark sets
  `KM_AOT_WAIT=1`, which trains first, so the figures above are those of runs with the cache.
  Measured by hand on fresh clones (`time ./km demo` to the first 200 of `/login`, 2026-12-06,
  1-minute load 10 to 19 from other builds): before, the build took 537 s and the training 169 s
  more before the demo started; after, the build took 673 s and the first 200 came 19 s after it,
  with the cache ready 96 s after the build and used by the next start (4.3 s to its first 200).
- `-XX:TieredStopAtLevel=1` and `-XX:+UseSerialGC` helped `--version` before these changes (the
  JIT compiled the zip code that read 43 jars) and make no difference beyond the noise after them,
  so the script does not pass them.
FOUND
  echo
} >"$section"
cat "$section"
write_section startup "$section"
