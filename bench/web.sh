# km-bench web: km's server against a bare Javalin hello-world server, both on loopback, both run
# with the same JVM flags and -Xmx, both driven by wrk from its own process, in the same run.
set -euo pipefail
. "$root/bench/common.sh"
work="$root/target/bench-web"
rm -rf "$work" && mkdir -p "$work"
CONNECTIONS=16
THREADS=2
SECONDS_PER_RUN=${KM_BENCH_SECONDS:-8}
ROUNDS=${KM_BENCH_ROUNDS:-3}
load_before=$(cut -d" " -f1 /proc/loadavg)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT

bare_port=$(free_port)
"$JAVA_HOME/bin/java" "${JVM_FLAGS[@]}" -cp "$KM_BENCH_CP" th.km.web.bench.BareHello "$bare_port" >"$work/bare.log" 2>&1 &
bare_pid=$!; pids+=("$bare_pid")
km_port=$(free_port)
KM_DATA_DIR="$work/data" "$JAVA_HOME/bin/java" "${JVM_FLAGS[@]}" -cp "$KM_BENCH_CP" th.km.web.Main demo --port "$km_port" \
  >"$work/km.log" 2>&1 &
km_pid=$!; pids+=("$km_pid")
wait_200 "http://127.0.0.1:$bare_port/hello" 120 || { echo "km-bench: the bare server did not start" >&2; cat "$work/bare.log" >&2; exit 2; }
wait_200 "http://127.0.0.1:$km_port/login" 300 || { echo "km-bench: km's server did not start" >&2; cat "$work/km.log" >&2; exit 2; }

# Sign in as the demo's first account (the demo prints each with a new password).
# The demo listens before it loads its data; it prints its accounts once the data is in.
for _ in $(seq 1 3000); do grep -q "Ctrl-C" "$work/km.log" && break; sleep 0.2; done
grep -q "Ctrl-C" "$work/km.log" || { echo "km-bench: the demo did not load its data" >&2; cat "$work/km.log" >&2; exit 2; }
read -r user password < <(awk 'f && NF >= 3 {print $1, $2; exit} $1 == "username" {f=1}' "$work/km.log")
jar="$work/cookies"
token=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$km_port/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "username=$user" \
  --data-urlencode "password=$password" --data-urlencode "_csrf=$token" "http://127.0.0.1:$km_port/login")
session=$(awk '$6 == "KMSESSION" {print $7}' "$jar")
[ "$status" = 303 ] && [ -n "$session" ] || { echo "km-bench: signing in as $user failed ($status)" >&2; exit 2; }
role=$(awk -v u="$user" 'f && $1 == u {$1=""; $2=""; sub(/^ +/, ""); print; exit} $1 == "username" {f=1}' "$work/km.log")

# name|port|path|cookie: the bare baseline first.
targets=(
  "bare Javalin \`/hello\`|$bare_port|/hello|"
  "results API|$km_port|/api/v1/organizations/ban-waen/results?year=2569&asOf=2026-03-31|KMSESSION=$session"
  "public page|$km_port|/public/ban-waen/2569?asOf=2026-03-31|"
  "overview|$km_port|/organizations/ban-waen/overview?year=2569&asOf=2026-03-31|KMSESSION=$session"
)

# load PORT PATH COOKIE DURATION: wrk's report.
load() {
  local args=(-t"$THREADS" -c"$CONNECTIONS" -d"$4" --latency -H "Accept-Encoding: gzip")
  [ -z "$3" ] || args+=(-H "Cookie: $3")
  wrk "${args[@]}" "http://127.0.0.1:$1$2"
}
# The p99 of a wrk report in milliseconds.
p99_ms() {
  awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us$/, "", v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/, "", v)} else if (v ~ /s$/) {sub(/s$/, "", v); v*=1000}; print v}'
}

for t in "${targets[@]}"; do
  IFS='|' read -r name port path cookie <<<"$t"
  code=$(curl -s -o /dev/null -w '%{http_code}' ${cookie:+-H "Cookie: $cookie"} "http://127.0.0.1:$port$path")
  [ "$code" = 200 ] || { echo "km-bench: $name answered $code, not 200" >&2; exit 2; }
  echo "km-bench: warming up $name…" >&2
  load "$port" "$path" "$cookie" 5s >/dev/null
done
for round in $(seq 1 "$ROUNDS"); do
  i=0
  for t in "${targets[@]}"; do
    IFS='|' read -r name port path cookie <<<"$t"
    out=$(load "$port" "$path" "$cookie" "${SECONDS_PER_RUN}s")
    if grep -q "Non-2xx" <<<"$out"; then echo "km-bench: $name had failed requests:" >&2; echo "$out" >&2; exit 2; fi
    rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
    p99=$(p99_ms <<<"$out")
    echo "$rps" >>"$work/rps.$i"; echo "$p99" >>"$work/p99.$i"
    printf 'km-bench: round %s %-14s %10.0f req/s  p99 %7.2f ms\n' "$round" "$name" "$rps" "$p99" >&2
    i=$((i + 1))
  done
done
rss_kb() { awk '/^VmHWM:/ {print $2}' "/proc/$1/status"; }
bare_rss=$(rss_kb "$bare_pid"); km_rss=$(rss_kb "$km_pid")

goals=("-" "≥ 0.5" "≥ 0.5" "≥ 0.3")
bare_rps=$(median <"$work/rps.0")
table="$work/section.md"
{
  echo "## Web"
  echo
  echo "km's server against a bare Javalin hello-world server (\`th.km.web.bench.BareHello\`, same"
  echo "Javalin, same JVM flags: \`${JVM_FLAGS[*]}\`), both on loopback in the same run, both driven by"
  echo "wrk in its own process. The overview, the public page and the results API are kept as bytes"
  echo "(and gzip) per organization, year, day, language and role; a request reads no database."
  echo
  echo "- Command: \`$command_line\` (writes this section; \`./km-bench web\` runs only this one)"
  echo "- Date: $(date -u +%Y-%m-%d)"
  echo "- Machine: $(machine); 1-minute load average when the run began: $load_before (above 1 means other work shared the processors)"
  echo "- Load: \`wrk -t$THREADS -c$CONNECTIONS -d${SECONDS_PER_RUN}s --latency -H 'Accept-Encoding: gzip'\` per path, after 5 s of"
  echo "  warm-up each; $ROUNDS rounds alternate the paths; the median round of each is reported"
  echo "- Data: the Ban Waen demo (\`km demo\`'s database), as of 31 March 2026; the overview and the"
  echo "  results API signed in as \`$user\` ($role)"
  echo
  echo "| path | throughput (req/s) | × bare | goal | p99 (ms) | goal |"
  echo "|---|---:|---:|---|---:|---|"
  i=0
  for t in "${targets[@]}"; do
    IFS='|' read -r name port path cookie <<<"$t"
    rps=$(median <"$work/rps.$i"); p99=$(median <"$work/p99.$i")
    ratio=$(awk -v a="$rps" -v b="$bare_rps" 'BEGIN {printf "%.2f", a/b}')
    label="$name"; [ "$i" = 0 ] || label="$name \`${path}\`"
    printf '| %s | %.0f | %s | %s | %.2f | ≤ 10 |\n' "$label" "$rps" "$ratio" "${goals[$i]}" "$p99"
    i=$((i + 1))
  done
  echo
  ratio=$(awk -v a="$km_rss" -v b="$bare_rss" 'BEGIN {printf "%.2f", a/b}')
  echo "Peak resident memory (VmHWM) after the load: km $((km_rss / 1024)) MB, bare Javalin $((bare_rss / 1024)) MB:"
  echo "**${ratio}×** (goal ≤ 2×)."
} >"$table"
cat "$table"
write_section web "$table"
