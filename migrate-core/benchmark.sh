#!/usr/bin/env bash
# Measures DESIGN.md's performance budget on the local PostgreSQL: 500 migrations, each mode in a
# fresh JVM, 5 runs, median; then drift over the 500 tables (files parsed first, as in an application). Usage: migrate-core/benchmark.sh [jdbc-url-of-server] (default: local test server)
set -euo pipefail
cd "$(dirname "$0")/.."
server=${1:-jdbc:postgresql://127.0.0.1:5432/test}
base=${server%/*}
./mvnw -q -o -B -pl migrate-core test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark.cp -Dmdep.includeScope=test
cp="migrate-core/target/test-classes:migrate-core/target/classes:$(cat migrate-core/target/benchmark.cp)"
dir=$(mktemp -d)
java -cp "$cp" dev.migrate.benchmark.MigrateBenchmark generate "$dir/migrations" >/dev/null
run() { java -cp "$cp" dev.migrate.benchmark.MigrateBenchmark "$@" | tail -n 1 | awk '{print $2}'; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
fresh() { psql -h 127.0.0.1 -U postgres -qc "drop database if exists migrate_bench" -c "create database migrate_bench" >/dev/null; }
for mode in floor apply noop; do
  times=()
  for i in 1 2 3 4 5; do
    if [ "$mode" != noop ]; then fresh; fi
    if [ "$mode" = noop ] && [ "$i" = 1 ]; then fresh; run apply "$base/migrate_bench" postgres "$dir/migrations" >/dev/null; fi
    times+=("$(run "$mode" "$base/migrate_bench" postgres "$dir/migrations")")
  done
  echo "$mode: median $(printf '%s\n' "${times[@]}" | median) ms (runs: ${times[*]})"
done
# drift with all 500 applied (the database left by the noop runs): the first read in a fresh JVM
times=()
for i in 1 2 3 4 5; do times+=("$(run drift "$base/migrate_bench" postgres "$dir/migrations")"); done
echo "drift: median $(printf '%s\n' "${times[@]}" | median) ms (runs: ${times[*]})"
psql -h 127.0.0.1 -U postgres -qc "drop database if exists migrate_bench" >/dev/null
rm -rf "$dir"
