#!/usr/bin/env bash
# Load test of `workprivacy serve` with wrk (apt-get install wrk), against 127.0.0.1 only; see
# docs/benchmarks.md. Not part of the build: the figures depend on the machine and its other load.
#   rules-bench/service/run.sh            all: decisions, batch, stalled clients, heap over 1,000,000 requests
#   DURATION=5s rules-bench/service/run.sh   shorter runs
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
jar="$root/rules-examples/target/workprivacy.jar"
[ -f "$jar" ] || (cd "$root" && ./mvnw -B -q -DskipTests package)
duration=${DURATION:-10s}
port=${PORT:-18181}
out=$(mktemp -d)
java -Xmx256m -jar "$jar" serve --port "$port" --max-body-bytes 4194304 > "$out/serve.txt" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$out"' EXIT
until curl -sf "http://127.0.0.1:$port/v1/health" > /dev/null; do sleep 0.5; done
url="http://127.0.0.1:$port"
heap() { jcmd "$pid" GC.run > /dev/null; jcmd "$pid" GC.heap_info | awk '/used/ { print; exit }'; }

echo "## $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load: $(uptime | sed 's/.*load average: //')"
wrk -t2 -c64 -d5s -s "$here/decide.lua" "$url/v1/decisions" > /dev/null   # warm-up (JIT)
echo "### POST /v1/decisions, 64 keep-alive connections, $duration (load before: $(uptime | sed 's/.*load average: //'))"
wrk -t2 -c64 -d"$duration" --latency -s "$here/decide.lua" "$url/v1/decisions" | grep -E "50%|90%|99%|Requests/sec|Non-2xx|Socket errors"

python3 - "$out/batch.json" <<'PY'
import json, sys
s = {"scenario": "out-of-office", "facts": {"action": "enable-auto-reply", "workRelatedReason": True,
     "employeeContact": "unreachable", "method": "server-side-admin", "mailOpened": False}}
json.dump([s] * 10000, open(sys.argv[1], "w"))
PY
echo "### POST /v1/decisions:batch of 10,000 situations, 2 connections, $duration (load before: $(uptime | sed 's/.*load average: //'))"
BATCH="$out/batch.json" wrk -t1 -c2 -d5s --timeout 30s -s "$here/batch.lua" "$url/v1/decisions:batch" > /dev/null  # warm-up
BATCH="$out/batch.json" wrk -t1 -c2 -d"$duration" --timeout 30s --latency -s "$here/batch.lua" "$url/v1/decisions:batch" \
  | grep -E "50%|99%|Requests/sec|Non-2xx" | awk '{ print } /Requests\/sec/ { printf "situations/s: %.0f\n", $2 * 10000 }'

echo "### Stalled clients (load before: $(uptime | sed 's/.*load average: //'))"
python3 "$here/stall.py" "$port" 256

echo "### Heap after GC around 1,000,000 more decisions (-Xmx256m)"
echo "before: $(heap)"
requests=0
while [ "$requests" -lt 1000000 ]; do
  n=$(wrk -t2 -c64 -d20s -s "$here/decide.lua" "$url/v1/decisions" | awk '/requests in/ { print $1 }')
  requests=$((requests + n))
done
echo "after $requests requests: $(heap)"
echo "(load after: $(uptime | sed 's/.*load average: //'))"
