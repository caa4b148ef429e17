#!/usr/bin/env bash
# Runs the shared harness (../shared/bench, or BENCH_DIR) on a copy of it with two more tools:
# jdbc_same_sql, the raw-JDBC floor sending the statements migrate's workload sends (the harness's
# migrate files rename each primary key with one <sql> statement, which its own floor does not run;
# see benchmark/JdbcSameSqlRunner.java); and migrate_cache, migrate with the replay cache on, as the
# starter runs it (benchmark/MigrateCachedRunner.java), in a directory new to each invocation, so its
# first apply is a miss (results.txt, rep 1) and the later ones read the plan the first one kept.
# The harness itself is left untouched.
# Usage: migrate-core/benchmark-shared-harness.sh [N] [REPS]   (defaults 500 5)
# BENCH_TOOLS (default "jdbc jdbc_same_sql flyway liquibase migrate migrate_cache") and the harness's other
# variables (PGHOST, PGUSER, ...) pass through. Needs migrate-core installed (./mvnw install).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source_dir=${BENCH_DIR:-$here/../../shared/bench}
[ -f "$source_dir/run.sh" ] || { echo "no harness at $source_dir (set BENCH_DIR)" >&2; exit 64; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$source_dir" "$work/bench"
rm -rf "$work/bench/target"
cp "$here/benchmark/JdbcSameSqlRunner.java" "$here/benchmark/MigrateCachedRunner.java" "$work/bench/src/main/java/bench/runner/"
tools="$work/bench/src/main/java/bench/Tools.java"
anchor='register(new Tool("jdbc", "jdbc", JdbcRunner::new));'
grep -qF "$anchor" "$tools" || { echo "the harness's Tools.java has changed: no line '$anchor'" >&2; exit 65; }
sed -i "s|$anchor|$anchor\n        register(new Tool(\"jdbc_same_sql\", \"jdbc\", bench.runner.JdbcSameSqlRunner::new));\n        register(new Tool(\"migrate_cache\", \"migrate\", bench.runner.MigrateCachedRunner::new));|" "$tools"
export BENCH_TOOLS=${BENCH_TOOLS:-jdbc jdbc_same_sql flyway liquibase migrate migrate_cache}
export BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-} -Dbench.migrate.replayCache=$work/replay-cache"
bash "$work/bench/run.sh" "${1:-500}" "${2:-5}"
results=$(ls -d "$work"/bench/target/results/*/ | tail -n 1)
mkdir -p "$here/target/shared-harness"
cp -r "$results" "$here/target/shared-harness/"
echo "results kept in $here/target/shared-harness/$(basename "$results")"
