#!/usr/bin/env bash
# What migrate adds to a Spring Boot application's start when nothing is pending, against the same
# application without a migration tool and with Flyway (issue 9's Boot target): one application
# (web, data-jpa, actuator; benchmark/), N generated entities and the N migrations that make their
# tables (MigrateBenchmark's workload: migrate's files, and Flyway's SQL files holding the statements
# migrate sends), ddl-auto=validate. Each variant has a class path and a database of its own; every
# start is a fresh JVM, the variants interleaved in the order of a Williams square
# (migrate-core/benchmark/williams-order.sh): over 6 rounds of three variants, or 4 of four, each runs
# in each place of a round, and right after each other one, equally often.
#
#   migrate-spring-boot-autoconfigure/benchmark.sh [N] [REPS]     defaults: N=500, REPS=10
#
# The server from PGHOST/PGPORT/PGUSER (default 127.0.0.1:5432 postgres, trust or ~/.pgpass).
# BOOT_BEFORE=VERSION adds a variant 'before' with migrate's starter of that version from ~/.m2, so an
# older build is timed beside this one (install it under another version first).
# Prints, per variant, the medians of ready_ms (JVM start to ApplicationReadyEvent) and cpu_ms, and
# what each adds over 'none': the difference of the medians and the median of the per-round differences,
# each with a 95% interval from resampling the rounds (migrate-core/benchmark/bootstrap-interval.sh).
# Every start is kept in migrate-spring-boot-autoconfigure/target/boot-benchmark/TIME-nN-rREPS/results.txt,
# for benchmark-pooled.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-500}
reps=${2:-10}
host=${PGHOST:-127.0.0.1}
port=${PGPORT:-5432}
user=${PGUSER:-postgres}
variants=(none migrate flyway)
[ -n "${BOOT_BEFORE:-}" ] && variants=(none before migrate flyway)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "building migrate (installed in ~/.m2 for the application) and the workload of $n migrations and entities"
./mvnw -q -B install -DskipTests -P'!nullaway' -pl migrate-spring-boot-starter -am
./mvnw -q -B -pl migrate-core -Pbenchmark test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/benchmark.cp -Dmdep.includeScope=test
core_cp="migrate-core/target/test-classes:migrate-core/target/classes:$(cat migrate-core/target/benchmark.cp)"
java -cp "$core_cp" dev.migrate.benchmark.MigrateBenchmark generate "$work/w" "$n" entities >/dev/null

app=migrate-spring-boot-autoconfigure/benchmark
./mvnw -q -B -f "$app/pom.xml" package -DskipTests
declare -A cp
for v in "${variants[@]}"; do
  profile=$v
  extra=()
  if [ "$v" = before ]; then
    profile=migrate
    extra=(-Dmigrate.version="$BOOT_BEFORE")
  fi
  ./mvnw -q -B -f "$app/pom.xml" -P"$profile" "${extra[@]}" dependency:build-classpath \
    -Dmdep.outputFile="$work/cp-$v" -Dmdep.includeScope=runtime
  cp[$v]="$app/target/classes:$work/w/entities/classes:$(cat "$work/cp-$v")"
done

sql() { PGOPTIONS='--client-min-messages=warning' psql -h "$host" -p "$port" -U "$user" -d "$1" -qAtc "$2"; }
url() { echo "jdbc:postgresql://$host:$port/$1"; }
start() {
  local v=$1 db="boot_bench_$1" log="$work/$1.log"
  local args=(--spring.datasource.url="$(url "$db")")
  case $v in
    migrate | before) args+=(--migrate.locations="filesystem:$work/w/migrate") ;;
    flyway) args+=(--spring.flyway.locations="filesystem:$work/w/flyway") ;;
  esac
  if ! java -cp "${cp[$v]}" dev.migrate.benchmark.boot.BootStartBenchmark "${args[@]}" >"$log" 2>&1; then
    echo "the $v start failed:" >&2
    tail -n 30 "$log" >&2
    exit 1
  fi
  local line
  line=$(grep -m1 '^ready_ms=' "$log" || true)
  [[ $line == *" entities=$n "* ]] || { echo "the $v start mapped other than $n entities: $line" >&2; exit 1; }
  echo "$line"
}
tables() { sql "boot_bench_$1" "select count(*) from information_schema.tables where table_schema = 'public' and table_name ~ '^t[0-9]+$'"; }
columns() { sql "boot_bench_$1" "select count(*) from information_schema.columns where table_schema = 'public'"; }

echo "preparing the databases (untimed): the schema, then one start of each variant"
for v in "${variants[@]}"; do
  db="boot_bench_$v"
  sql postgres "drop database if exists $db" >/dev/null
  sql postgres "create database $db" >/dev/null
  if [ "$v" = none ]; then
    java -cp "$core_cp" -Dbench.user="$user" dev.migrate.benchmark.MigrateBenchmark floor "$(url "$db")" "$work/w" >/dev/null
  fi
  start "$v" >/dev/null
  [ "$(tables "$v")" = "$n" ] || { echo "boot_bench_$v holds $(tables "$v") of the $n tables after its first start" >&2; exit 1; }
  declare "columns_$v=$(columns "$v")"
done

echo "timing $reps rounds of ${variants[*]}"
kept=migrate-spring-boot-autoconfigure/target/boot-benchmark/$(date -u +%Y%m%dT%H%M%SZ)-n$n-r$reps
mkdir -p "$kept"
results="$kept/results.txt"
source migrate-core/benchmark/williams-order.sh
source migrate-core/benchmark/bootstrap-interval.sh
source migrate-core/benchmark/boot-results.sh
for ((round = 1; round <= reps; round++)); do
  # the order of a Williams square: every variant runs in every place of a round, and right after
  # every other variant, equally often (a variant later in a fixed order measured slower)
  for i in $(williams_order "${#variants[@]}" "$round"); do
    v=${variants[i]}
    line=$(start "$v")  # an assignment, so that a failed start stops the script
    echo "$round $v $line" | tee -a "$results"
  done
done
balanced=$(williams_rounds "${#variants[@]}")
if (( reps % balanced )); then
  echo "($reps rounds, not a multiple of $balanced: the order's effect does not cancel out)"
fi
for v in "${variants[@]}"; do
  expected="columns_$v"
  [ "$(tables "$v") $(columns "$v")" = "$n ${!expected}" ] \
    || { echo "boot_bench_$v changed during the timed starts: something was pending" >&2; exit 1; }
done

echo
echo "N=$n entities and migrations, $reps rounds; medians in ms"
boot_summary none "$results"
echo "(in brackets: 95% intervals, from resampling the rounds)"
echo "the starts are kept in $results (benchmark-pooled.sh pools runs)"
