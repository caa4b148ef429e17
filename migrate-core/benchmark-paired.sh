#!/usr/bin/env bash
# Before and after, paired: on a copy of the shared harness (../shared/bench, or BENCH_DIR; prepared as
# benchmark-shared-harness.sh prepares it), each round applies N migrations with every variant in turn,
# then starts it once more in a cold JVM with nothing pending, and each apply runs on a database dropped
# and checkpointed just before (untimed). The order changes from round to round as a Williams square
# does: over K rounds (2K for an odd number K of variants) each variant runs once in each place of a
# round and right after each other variant once, so neither a variant's place nor the one before it
# favours it (the first of a round was measured to run slowest, whichever it was). On a shared 2-core
# machine single runs drift by seconds, so only ratios within a round compare: for each variant it
# reports the medians, and against the first variant the geometric means of the per-round ratios of the
# apply, the cold start and the JVM's CPU time (user + system of the whole apply process, from
# /usr/bin/time: steadier than any wall time).
# Usage: migrate-core/benchmark-paired.sh N ROUNDS LABEL:TOOL:JAR ...
#   TOOL: a harness tool (jdbc, jdbc_same_sql, flyway, migrate, migrate_cache, ...); JAR: the migrate-core
#   jar to run in place of the installed one, or - for the installed one (./mvnw install).
#   e.g. migrate-core/benchmark-paired.sh 500 8 floor:jdbc:- before:migrate:/tmp/old/migrate-core.jar after:migrate:-
# The harness's variables (PGHOST, PGUSER, ...) pass through. Rounds are kept in target/paired/rounds.txt.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source_dir=${BENCH_DIR:-$here/../../shared/bench}
[ $# -ge 3 ] || { sed -n 2,14p "$0" >&2; exit 64; }
n=$1 rounds=$2
shift 2
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (GNU time)" >&2; exit 64; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$here/benchmark/prepare-harness.sh"
(cd "$work/bench" && mvn -q -B -Dstyle.color=never package >&2)
workload="$work/bench/target/workload-$n"
java -cp "$work/bench/target/bench.jar:$work/bench/target/lib/*" bench.Main generate "$n" "$workload" >&2
for variant in "$@"; do
    IFS=: read -r label tool jar <<<"$variant"
    mkdir -p "$work/lib-$label"
    cp "$work/bench/target/lib/"* "$work/lib-$label/"
    if [ "$jar" != "-" ]; then
        rm -f "$work/lib-$label"/migrate-core-*.jar
        cp "$jar" "$work/lib-$label/"
    fi
done
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}
out="$here/target/paired"
mkdir -p "$out"
: >"$out/rounds.txt"
variants=("$@")
k=${#variants[@]}
source "$here/benchmark/williams-order.sh"
for round in $(seq 1 "$rounds"); do
    order=()
    for i in $(williams_order "$k" "$round"); do
        order+=("${variants[i]}")
    done
    for variant in "${order[@]}"; do
        IFS=: read -r label tool jar <<<"$variant"
        mkdir -p "$work/tmp-$label"  # the core's default replay cache is in java.io.tmpdir: one per variant
        cp=("-Dbench.migrate.replayCache=$work/replay-cache-$label" "-Djava.io.tmpdir=$work/tmp-$label" -cp "$work/bench/target/bench.jar:$work/lib-$label/*")
        psql -q -d postgres -c "drop database if exists bench_$tool" -c checkpoint >/dev/null
        sync
        sleep 1
        apply=$(/usr/bin/time -f "%U %S" -o "$work/time" java "${cp[@]}" bench.Main apply "$tool" "$workload" 2>/dev/null \
            | sed -n 's/.*apply_ms=\([0-9.]*\).*/\1/p')
        cpu=$(awk '{print $1 + $2}' "$work/time")
        cold=$(java "${cp[@]}" bench.Main noop "$tool" "$workload" 2>/dev/null | sed -n 's/.*noop_cold_ms=\([0-9.]*\).*/\1/p')
        [ -n "$apply" ] && [ -n "$cold" ] || { echo "round $round: $label ($tool) failed" >&2; exit 1; }
        echo "$round $label $apply $cold $cpu" | tee -a "$out/rounds.txt" >&2
    done
done
awk -v first="${1%%:*}" -v balanced="$(williams_rounds "$k")" -v names="$(for v in "$@"; do printf '%s ' "${v%%:*}"; done)" '
    BEGIN { count = split(names, labels, " ") }
    { apply[$1, $2] = $3; cold[$1, $2] = $4; cpu[$1, $2] = $5; if ($1 > rounds) rounds = $1 }
    function median(values, k,    i, j, t) {
        for (i = 2; i <= k; i++) for (j = i; j > 1 && values[j - 1] > values[j]; j--) { t = values[j]; values[j] = values[j - 1]; values[j - 1] = t }
        return k % 2 ? values[(k + 1) / 2] : (values[k / 2] + values[k / 2 + 1]) / 2
    }
    END {
        printf "%-12s %12s %12s %10s   against %s, geometric mean of per-round ratios: apply, cold, cpu\n", "variant", "apply ms", "cold ms", "cpu s", first
        for (l = 1; l <= count; l++) {
            name = labels[l]; split("", a); split("", c); split("", u); ra = rc = ru = 0
            for (r = 1; r <= rounds; r++) {
                a[r] = apply[r, name]; c[r] = cold[r, name]; u[r] = cpu[r, name]
                ra += log(apply[r, name] / apply[r, first]); rc += log(cold[r, name] / cold[r, first]); ru += log(cpu[r, name] / cpu[r, first])
            }
            printf "%-12s %12.1f %12.1f %10.2f   %.3f x  %.3f x  %.3f x\n", name, median(a, rounds), median(c, rounds), median(u, rounds),
                exp(ra / rounds), exp(rc / rounds), exp(ru / rounds)
        }
        if (rounds % balanced) print "(rounds not a multiple of " balanced ": the order effect does not cancel out)"
    }' "$out/rounds.txt"
