#!/usr/bin/env bash
# Issue 9's targets on the local PostgreSQL, against the raw-JDBC floor and Flyway: applying N and
# 4N migrations, a start with nothing pending (cold JVM), the heap after a start with 4N files, and
# make over 1,000 entities and 1,000 files of history. Each run is a fresh JVM; tools interleaved;
# medians of REPS. Usage: migrate-core/benchmark.sh [N] [REPS]   (defaults 500 5; the server from
# PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres with trust or ~/.pgpass).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-500}
reps=${2:-5}
big=$((n * 4))
make_n=${MAKE_N:-1000}
host=${PGHOST:-127.0.0.1}
port=${PGPORT:-5432}
user=${PGUSER:-postgres}
./mvnw -q -B -pl migrate-core -Pbenchmark test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/benchmark.cp -Dmdep.includeScope=test
cp="migrate-core/target/test-classes:migrate-core/target/classes:$(cat migrate-core/target/benchmark.cp)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bench() { java -Dbench.user="$user" -Dbench.url="jdbc:postgresql://$host:$port/postgres" -cp "$cp" dev.migrate.benchmark.MigrateBenchmark "$@" 2>>"$work/log" | tail -n 1; }
ms() { bench "$@" | awk '{print $2}'; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
fresh() { psql -h "$host" -p "$port" -U "$user" -d postgres -qc "drop database if exists $1" -c "create database $1" >/dev/null; }
url() { echo "jdbc:postgresql://$host:$port/$1"; }

echo "generating $n, $big and $make_n migrations (and $make_n entities, compiled)"
bench generate "$work/w$n" "$n" >/dev/null
bench generate "$work/w$big" "$big" >/dev/null
bench generate "$work/make" "$make_n" entities >/dev/null

declare -A results
for size in "$n" "$big"; do
  runs=$reps; [ "$size" = "$big" ] && runs=$(( reps < 3 ? reps : 3 ))
  for ((i = 1; i <= runs; i++)); do
    for tool in floor migrate flyway; do
      db="bench_${tool}"
      fresh "$db"
      results["$tool apply $size"]+="$(ms "$tool" "$(url "$db")" "$work/w$size") "
      results["$tool noop $size"]+="$(ms "$tool" "$(url "$db")" "$work/w$size") "
    done
  done
done
for ((i = 1; i <= reps; i++)); do
  for tool in migrate flyway; do
    db="bench_${tool}"
    fresh "$db"
    bench "$tool" "$(url "$db")" "$work/w$big" >/dev/null
    results["$tool memory $big"]+="$(bench "memory-$tool" "$(url "$db")" "$work/w$big" | awk '{print $2}') "
  done
  results["make nothing-changed"]+="$(ms make "$work/make" "$work/make/entities" none) "
  results["make field-added"]+="$(ms make "$work/make" "$work/make/entities-changed" one) "
done

med() { printf '%s\n' ${results["$1"]} | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2fx", a / b}'; }
echo
echo "medians in ms (runs in brackets); ratio to the floor"
for size in "$n" "$big"; do
  for what in apply noop; do
    floor=$(med "floor $what $size")
    line="$what $size: floor $floor [${results["floor $what $size"]% }]"
    for tool in migrate flyway; do
      value=$(med "$tool $what $size")
      line+="; $tool $value ($(ratio "$value" "$floor")) [${results["$tool $what $size"]% }]"
    done
    echo "$line"
  done
done
for what in apply noop; do
  for tool in floor migrate flyway; do
    echo "$tool $what, $big against $n: $(ratio "$(med "$tool $what $big")" "$(med "$tool $what $n")")"
  done
done
echo "heap after a start with $big files, MB: migrate $(med "migrate memory $big") [${results["migrate memory $big"]% }]; flyway $(med "flyway memory $big") [${results["flyway memory $big"]% }]"
echo "make, $make_n entities and $make_n files, after Hibernate's boot: nothing changed $(med "make nothing-changed") [${results["make nothing-changed"]% }]; one field added $(med "make field-added") [${results["make field-added"]% }]"
for tool in floor migrate flyway; do
  psql -h "$host" -p "$port" -U "$user" -d postgres -qc "drop database if exists bench_${tool}" >/dev/null
done
