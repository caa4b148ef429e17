#!/usr/bin/env bash
# Runs the shared harness (../shared/bench, or BENCH_DIR) on a copy of it with two more tools:
# jdbc_same_sql, the raw-JDBC floor sending the statements migrate's workload sends (the harness's
# migrate files rename each primary key with one <sql> statement, which its own floor does not run;
# see benchmark/JdbcSameSqlRunner.java); and migrate_cache, migrate as the starter runs it, through the
# core's Migrate with the replay cache on (benchmark/MigrateCachedRunner.java), in a directory new to
# each invocation, so its first apply is a miss (results.txt, rep 1) and the later ones read the plan
# the first one kept. The harness's own migrate tool calls the core's Migrator, which since 2026-11-28
# keeps that plan in its default directory too (the JVM's temporary directory, one per invocation here).
# The harness itself is left untouched.
# Usage: migrate-core/benchmark-shared-harness.sh [N] [REPS]   (defaults 500 5)
# BENCH_TOOLS (default "jdbc jdbc_same_sql flyway liquibase migrate migrate_cache") and the harness's other
# variables (PGHOST, PGUSER, ...) pass through. Needs migrate-core installed (./mvnw install).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source_dir=${BENCH_DIR:-$here/../../shared/bench}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$here/benchmark/prepare-harness.sh"
export BENCH_TOOLS=${BENCH_TOOLS:-jdbc jdbc_same_sql flyway liquibase migrate migrate_cache}
# The harness's migrate tool keeps its plan in the core's default directory, under java.io.tmpdir: one
# of this invocation's own, so that its first apply is a miss here too.
mkdir -p "$work/tmp"
export BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-} -Dbench.migrate.replayCache=$work/replay-cache -Djava.io.tmpdir=$work/tmp"
bash "$work/bench/run.sh" "${1:-500}" "${2:-5}"
results=$(ls -d "$work"/bench/target/results/*/ | tail -n 1)
mkdir -p "$here/target/shared-harness"
cp -r "$results" "$here/target/shared-harness/"
echo "results kept in $here/target/shared-harness/$(basename "$results")"
