package dev.migrate.operation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.DefaultValue;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexColumn;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import dev.migrate.testing.OperationFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The optimizer on random valid sequences (jqwik is not available offline: a loop over seeds). For
 * each seed a sequence is built against an evolving schema, from an empty schema and from the
 * library; the optimized sequence must apply without errors, be no longer, and give the same schema
 * as the original, at its end and at every raw SQL operation (nothing crosses one).
 */
class OptimizerPropertyTest {

    private static final int SEQUENCES = Integer.getInteger("optimizer.sequences", 5_000);
    private static final List<String> TABLES = List.of("t0", "t1", "t2", "author", "book");
    private static final List<String> COLUMNS = List.of("c0", "c1", "c2", "c3", "id", "name", "title");
    private static final List<String> NAMES = List.of("k0", "k1", "k2", "uk_book_isbn", "ix_book_title",
            "fk_book_author", "ck_author_name");
    private static final List<ColumnType> TYPES = List.of(ColumnType.of(DataType.INTEGER),
            ColumnType.of(DataType.BIGINT), ColumnType.of(DataType.VARCHAR, 20), ColumnType.of(DataType.VARCHAR, 40));

    @Test
    void optimizedSequencesHaveTheSameEffectFromAnEmptySchema() {
        check(Schema.empty(), 1);
    }

    @Test
    void optimizedSequencesHaveTheSameEffectFromTheLibrary() {
        check(OperationFixtures.librarySchema(), 1_000_001);
    }

    private static void check(Schema start, long firstSeed) {
        int before = 0;
        int after = 0;
        for (long seed = firstSeed; seed < firstSeed + SEQUENCES; seed++) {
            List<Operation> operations = sequence(start, new Random(seed));
            before += operations.size();
            after += checkOne(start, seed, operations);
        }
        // the rules must do something on sequences this dense
        assertThat(after).isLessThan(before * 9 / 10);
        System.out.println("OptimizerPropertyTest: " + SEQUENCES + " sequences, " + before + " operations, "
                + after + " optimized");
    }

    /** Checks one sequence; the length of its optimized form. */
    private static int checkOne(Schema start, long seed, List<Operation> operations) {
        List<Operation> optimized;
        try {
            optimized = Optimizer.optimize(operations);
        } catch (RuntimeException e) {
            throw new AssertionError(failure(seed, operations, null, "the optimizer threw " + e), e);
        }
        assertThat(optimized.size()).as(() -> failure(seed, operations, optimized, "longer"))
                .isLessThanOrEqualTo(operations.size());
        List<Schema> expected = states(start, operations);
        List<Schema> actual;
        try {
            actual = states(start, optimized);
        } catch (RuntimeException e) {
            throw new AssertionError(failure(seed, operations, optimized, "does not apply: " + e), e);
        }
        assertThat(actual).as(() -> failure(seed, operations, optimized, "other schema: "
                + expected.get(expected.size() - 1).differencesFrom(actual.get(actual.size() - 1))))
                .isEqualTo(expected);
        return optimized.size();
    }

    /** The schema at every raw SQL operation and at the end. */
    private static List<Schema> states(Schema start, List<Operation> operations) {
        List<Schema> states = new ArrayList<>();
        Schema schema = start;
        for (Operation operation : operations) {
            if (operation instanceof SqlOperation) {
                states.add(schema);
            }
            schema = operation.applyTo(schema);
        }
        states.add(schema);
        return states;
    }

    private static String failure(long seed, List<Operation> operations, List<Operation> optimized, String what) {
        return "seed " + seed + ": " + what + "\noriginal:\n" + lines(operations)
                + (optimized == null ? "" : "optimized:\n" + lines(optimized));
    }

    private static String lines(List<Operation> operations) {
        return operations.stream().map(o -> "  " + o + "\n").collect(Collectors.joining());
    }

    /** A valid sequence of 1 to 40 operations: candidates that do not apply are drawn again. */
    static List<Operation> sequence(Schema start, Random random) {
        int length = 1 + random.nextInt(40);
        List<Operation> operations = new ArrayList<>();
        Schema schema = start;
        for (int attempts = 0; operations.size() < length && attempts < length * 50; attempts++) {
            Operation operation;
            Schema next;
            try {
                operation = candidate(schema, random);
                if (operation == null) {
                    continue;
                }
                next = operation.applyTo(schema);
            } catch (RuntimeException notValid) {
                continue;
            }
            operations.add(operation);
            schema = next;
        }
        return operations;
    }

    private static Operation candidate(Schema schema, Random random) {
        List<Table> tables = new ArrayList<>(schema.tables());
        Table table = tables.isEmpty() || random.nextInt(8) == 0 ? null : tables.get(random.nextInt(tables.size()));
        String t = table == null ? pick(TABLES, random) : table.name();
        String c = table == null || random.nextInt(4) == 0 ? pick(COLUMNS, random)
                : table.columns().get(random.nextInt(table.columns().size())).name();
        String name = pick(NAMES, random);
        switch (random.nextInt(24)) {
            case 0, 1:
                List<Column> columns = new ArrayList<>();
                columns.add(Column.of("id", pick(TYPES, random), false));
                for (int i = random.nextInt(3); i > 0; i--) {
                    columns.add(column(pick(COLUMNS, random), random));
                }
                return new CreateTable(pick(TABLES, random), columns, random.nextBoolean() ? List.of("id") : List.of());
            case 2:
                return new DropTable(t);
            case 3:
                return new RenameTable(t, pick(TABLES, random));
            case 4, 5, 6:
                return new AddColumn(t, column(pick(COLUMNS, random), random));
            case 7, 8:
                return new DropColumn(t, c);
            case 9:
                return new RenameColumn(t, c, pick(COLUMNS, random));
            case 10, 11:
                return new ModifyDataType(t, c, pick(TYPES, random));
            case 12:
                return new AddNotNullConstraint(t, c, random.nextBoolean() ? null : DefaultValue.numeric("7"));
            case 13:
                return new DropNotNullConstraint(t, c);
            case 14:
                return new AddDefaultValue(t, c, random.nextBoolean() ? DefaultValue.numeric("1")
                        : DefaultValue.string("x"));
            case 15:
                return new DropDefaultValue(t, c);
            case 16:
                return new CreateIndex(t, new Index(name, random.nextBoolean(), List.of(IndexColumn.asc(c))));
            case 17:
                return random.nextBoolean() ? new DropIndex(t, name) : new DropUniqueConstraint(t, name);
            case 18:
                return new AddUniqueConstraint(t, new UniqueConstraint(name, List.of(c)));
            case 19:
                if (tables.isEmpty()) {
                    return null;
                }
                Table referenced = tables.get(random.nextInt(tables.size()));
                String to = referenced.columns().get(random.nextInt(referenced.columns().size())).name();
                return new AddForeignKeyConstraint(t, new ForeignKey(name, List.of(c), referenced.name(), List.of(to),
                        ReferentialAction.NO_ACTION));
            case 20:
                return new DropForeignKeyConstraint(t, name);
            case 21:
                return random.nextBoolean() ? new AddCheckConstraint(t, new CheckConstraint(name, c + " > 0"))
                        : new DropCheckConstraint(t, name);
            case 22:
                return random.nextBoolean() ? new CreateSequence(new Sequence(pick(List.of("q0", "q1"), random), 1, 1))
                        : new DropSequence(pick(List.of("q0", "q1", "book_seq"), random));
            default:
                return random.nextInt(3) == 0 ? new SqlOperation(List.of("update " + t + " set x = 1"), List.of())
                        : null;
        }
    }

    private static Column column(String name, Random random) {
        ColumnType type = pick(TYPES, random);
        DefaultValue value = switch (random.nextInt(3)) {
            case 0 -> null;
            case 1 -> DefaultValue.numeric("0");
            default -> DefaultValue.string("y");
        };
        return new Column(name, type, random.nextBoolean(), value, false);
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
