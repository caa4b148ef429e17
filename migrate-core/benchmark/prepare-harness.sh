# Sourced by benchmark-shared-harness.sh and benchmark-paired.sh: copies the shared harness
# ($source_dir) to $work/bench and registers two more tools there, jdbc_same_sql and migrate_cache
# (see benchmark/JdbcSameSqlRunner.java and benchmark/MigrateCachedRunner.java). The harness itself
# is left untouched. Needs $here (migrate-core), $source_dir and $work.
[ -f "$source_dir/run.sh" ] || { echo "no harness at $source_dir (set BENCH_DIR)" >&2; exit 64; }
cp -r "$source_dir" "$work/bench"
rm -rf "$work/bench/target"
cp "$here/benchmark/JdbcSameSqlRunner.java" "$here/benchmark/MigrateCachedRunner.java" "$work/bench/src/main/java/bench/runner/"
tools="$work/bench/src/main/java/bench/Tools.java"
anchor='register(new Tool("jdbc", "jdbc", JdbcRunner::new));'
grep -qF "$anchor" "$tools" || { echo "the harness's Tools.java has changed: no line '$anchor'" >&2; exit 65; }
sed -i "s|$anchor|$anchor\n        register(new Tool(\"jdbc_same_sql\", \"jdbc\", bench.runner.JdbcSameSqlRunner::new));\n        register(new Tool(\"migrate_cache\", \"migrate\", bench.runner.MigrateCachedRunner::new));|" "$tools"
