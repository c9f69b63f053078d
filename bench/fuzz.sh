#!/usr/bin/env bash
# Fuzzes the GraphQL API with schemathesis (from PyPI, in a venv under .venv-fuzz): it reads the
# schema by introspection and generates FUZZ_EXAMPLES (300) operations per root field, with
# random arguments and selections. The API runs as its own process (node dist/src/main.js, on
# the Neo4j of npm start: NEO4J_URI or NEO4J_LOCAL_*), and its JSON log is tallied afterwards:
# every operation it answered, by HTTP status and error code. Passes with 0 HTTP 5xx and
# 0 INTERNAL_SERVER_ERROR. schemathesis' own exit code is not the verdict: its GraphQL check
# (ST113) flags every answer with an error, NOT_FOUND and BAD_USER_INPUT included.
# Run `npm run build` first. A short run: FUZZ_EXAMPLES=20.
set -euo pipefail
cd "$(dirname "$0")/.."
EXAMPLES="${FUZZ_EXAMPLES:-300}"
VENV="${FUZZ_VENV:-.venv-fuzz}"
if [ ! -x "$VENV/bin/st" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q 'schemathesis>=4,<5'
fi
LOG="$(mktemp)"
PORT=0 LOG_LEVEL=info SEED_ON_START=true node dist/src/main.js >"$LOG" 2>&1 &
API=$!
trap 'kill $API 2>/dev/null || true; rm -f "$LOG"' EXIT
for _ in $(seq 1 180); do
  PORT="$(sed -n 's/.*ready at http:\/\/[^:]*:\([0-9]*\)\/graphql.*/\1/p' "$LOG" | head -n 1)"
  [ -n "$PORT" ] && break
  kill -0 $API 2>/dev/null || { cat "$LOG"; exit 1; }
  sleep 1
done
[ -n "$PORT" ] || { echo "the API did not start"; cat "$LOG"; exit 1; }
echo "API on port $PORT; schemathesis with $EXAMPLES examples per root field"
set +e
"$VENV/bin/st" run "http://127.0.0.1:$PORT/graphql" --max-examples "$EXAMPLES" --checks not_a_server_error --continue-on-failure \
  --phases examples,coverage,fuzzing --generation-database none --workers 2 --suppress-health-check all
ST=$?
set -e
kill $API 2>/dev/null || true
wait $API 2>/dev/null || true
node -e '
const lines = require("fs").readFileSync(process.argv[1], "utf8").split("\n").filter((l) => l.startsWith("{"));
const ops = lines.map((l) => JSON.parse(l)).filter((r) => r.msg === "graphql operation");
const by = (f) => ops.reduce((m, r) => ((m[f(r)] = (m[f(r)] || 0) + 1), m), {});
const s5xx = ops.filter((r) => r.status >= 500 && r.status !== 503).length;
const ise = ops.filter((r) => String(r.outcome).includes("INTERNAL_SERVER_ERROR")).length;
console.log(`operations answered: ${ops.length}`);
console.log("by HTTP status:", JSON.stringify(by((r) => r.status)));
console.log("by outcome:", JSON.stringify(by((r) => r.outcome)));
console.log(`HTTP 5xx (other than 503 OVERLOADED): ${s5xx}; INTERNAL_SERVER_ERROR: ${ise}`);
const errors = lines.map((l) => JSON.parse(l)).filter((r) => r.level >= 50);
if (errors.length) console.log("error log lines:", errors.slice(0, 5).map((e) => JSON.stringify(e)).join("\n"));
process.exit(s5xx === 0 && ise === 0 && ops.length > 0 ? 0 : 1);
' "$LOG"
TALLY=$?
echo "schemathesis exit code: $ST"
exit $TALLY
