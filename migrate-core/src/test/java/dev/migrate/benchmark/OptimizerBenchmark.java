package dev.migrate.benchmark;

import dev.migrate.operation.AddColumn;
import dev.migrate.operation.AddDefaultValue;
import dev.migrate.operation.AddNotNullConstraint;
import dev.migrate.operation.CreateIndex;
import dev.migrate.operation.CreateTable;
import dev.migrate.operation.DropColumn;
import dev.migrate.operation.ModifyDataType;
import dev.migrate.operation.Operation;
import dev.migrate.operation.Optimizer;
import dev.migrate.operation.RenameColumn;
import dev.migrate.operation.RenameTable;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.DefaultValue;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * The optimizer on 10,000 operations: 1,000 tables, each created and then changed nine times
 * (columns added, retyped, renamed, given a default, made NOT NULL, one dropped, an index, the table
 * renamed), the changes of all tables interleaved as a long history would have them. Django's
 * optimizer, which starts its scan again after every merge, takes minutes on such a list. Prints the
 * first run and the best of 10 further runs in the same JVM, in milliseconds:
 * {@code java -cp ... dev.migrate.benchmark.OptimizerBenchmark}.
 */
public final class OptimizerBenchmark {

    private static final int TABLES = 1_000;

    private OptimizerBenchmark() {
    }

    public static void main(String[] args) {
        List<Operation> operations = operations();
        long start = System.nanoTime();
        List<Operation> optimized = Optimizer.optimize(operations);
        double first = (System.nanoTime() - start) / 1e6;
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            start = System.nanoTime();
            Optimizer.optimize(operations);
            best = Math.min(best, (System.nanoTime() - start) / 1e6);
        }
        System.out.printf("optimize: %d operations -> %d, first %.1f ms, best of 10 %.1f ms%n", operations.size(),
                optimized.size(), first, best);
    }

    static List<Operation> operations() {
        ColumnType bigint = ColumnType.of(DataType.BIGINT);
        List<List<Operation>> perTable = new ArrayList<>();
        for (int t = 0; t < TABLES; t++) {
            String table = "table_" + t;
            String renamed = "renamed_" + t;
            perTable.add(List.of(
                    new CreateTable(table, List.of(Column.of("id", bigint, false)), List.of("id")),
                    new AddColumn(table, Column.of("name", ColumnType.of(DataType.VARCHAR, 100), true)),
                    new AddColumn(table, Column.of("note", ColumnType.of(DataType.VARCHAR, 100), true)),
                    new ModifyDataType(table, "name", ColumnType.of(DataType.VARCHAR, 200)),
                    new AddDefaultValue(table, "name", DefaultValue.string("none")),
                    new AddNotNullConstraint(table, "name", null),
                    new RenameColumn(table, "name", "title"),
                    new DropColumn(table, "note"),
                    new RenameTable(table, renamed),
                    new CreateIndex(renamed, new Index("ix_" + t, false, List.of(IndexColumn.asc("title"))))));
        }
        // round-robin: the first change of every table, then the second, ...
        List<Operation> operations = new ArrayList<>();
        for (int step = 0; step < perTable.get(0).size(); step++) {
            for (List<Operation> table : perTable) {
                operations.add(table.get(step));
            }
        }
        return operations;
    }
}
