package dev.migrate.engine;

import dev.migrate.operation.AddCheckConstraint;
import dev.migrate.operation.AddColumn;
import dev.migrate.operation.AddDefaultValue;
import dev.migrate.operation.AddForeignKeyConstraint;
import dev.migrate.operation.AddNotNullConstraint;
import dev.migrate.operation.AddUniqueConstraint;
import dev.migrate.operation.CreateIndex;
import dev.migrate.operation.CreateSequence;
import dev.migrate.operation.CreateTable;
import dev.migrate.operation.DropCheckConstraint;
import dev.migrate.operation.DropColumn;
import dev.migrate.operation.DropDefaultValue;
import dev.migrate.operation.DropForeignKeyConstraint;
import dev.migrate.operation.DropIndex;
import dev.migrate.operation.DropNotNullConstraint;
import dev.migrate.operation.DropSequence;
import dev.migrate.operation.DropTable;
import dev.migrate.operation.DropUniqueConstraint;
import dev.migrate.operation.JavaOperation;
import dev.migrate.operation.ModifyDataType;
import dev.migrate.operation.Operation;
import dev.migrate.operation.OperationVisitor;
import dev.migrate.operation.RenameColumn;
import dev.migrate.operation.RenameTable;
import dev.migrate.operation.SqlOperation;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Names new migrations as Django does: {@code 0001_initial}, then from what they do
 * ({@code 0002_book_published_date}, {@code 0003_remove_book_isbn}, {@code 0004_author}), or
 * {@code auto_<timestamp>} when that would be too long or a name has characters beyond ASCII; other
 * characters a file name must not have ({@code $}, {@code -}) become {@code _}. An empty migration is
 * {@code 0001_initial} or {@code auto_<timestamp>}; a merge migration {@code merge_} and what it joins.
 */
final class MigrationNamer {

    private static final int MAX_NAME_LENGTH = 52;
    private static final Pattern VALID_NAME = Pattern.compile("[A-Za-z0-9_]+");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmm");

    private final Clock clock;

    MigrationNamer(Clock clock) {
        this.clock = clock;
    }

    /** The id of the next migration after {@code lastNumber}, with the user's name or one made up. */
    String nextId(long lastNumber, @Nullable String userName, List<Operation> operations) {
        String name;
        if (userName != null && !userName.isBlank()) {
            name = validated(userName);
        } else {
            name = lastNumber == 0 ? "initial" : suggest(operations);
        }
        return String.format("%04d_%s", lastNumber + 1, name);
    }

    /**
     * The id of a merge migration after {@code lastNumber}, as Django names one:
     * {@code 0004_merge_0003_a_0003_b} (the latest migrations it joins, sorted), or
     * {@code 0004_merge_<timestamp>} when that would be too long; the user's name when given.
     */
    String mergeId(long lastNumber, @Nullable String userName, List<String> latest) {
        String name;
        if (userName != null && !userName.isBlank()) {
            name = validated(userName);
        } else {
            name = "merge_" + String.join("_", latest.stream().sorted().toList());
            if (name.length() > MAX_NAME_LENGTH) {
                name = "merge_" + timestamp();
            }
        }
        return String.format("%04d_%s", lastNumber + 1, name);
    }

    private static String validated(String userName) {
        if (!VALID_NAME.matcher(userName).matches()) {
            throw new IllegalArgumentException("Invalid migration name '" + userName
                    + "': use letters, digits and underscores");
        }
        return userName;
    }

    private String suggest(List<Operation> operations) {
        List<Fragment> all = operations.stream().map(op -> op.accept(FRAGMENTS)).toList();
        List<Fragment> main = all.stream().filter(f -> !f.accessory()).toList();
        Set<@Nullable String> fragments = new LinkedHashSet<>();
        for (Fragment fragment : main.isEmpty() ? all : main) {
            fragments.add(fragment.text());
        }
        if (fragments.contains(null)) {
            return auto();
        }
        String joined = String.join("_", fragments);
        // file names hold letters, digits and _ only: $ or - in a table name becomes _; a name with
        // characters outside ASCII (入职日期) gives no readable file name, so a timestamp is used
        if (joined.chars().anyMatch(c -> c >= 0x80)) {
            return auto();
        }
        String name = joined.replaceAll("[^A-Za-z0-9_]", "_");
        return name.isEmpty() || name.length() > MAX_NAME_LENGTH ? auto() : name;
    }

    private String auto() {
        return "auto_" + timestamp();
    }

    private String timestamp() {
        return LocalDateTime.now(clock).format(TIMESTAMP);
    }

    /**
     * What an operation adds to a migration's name: its text, or null when it has none that says
     * enough (the migration is then named by a timestamp); and whether it is an accessory: indexes
     * and keys usually come along with a table or column change and name a migration only alone.
     */
    private record Fragment(@Nullable String text, boolean accessory) {

        static Fragment main(@Nullable String text) {
            return new Fragment(text, false);
        }

        static Fragment accessory(@Nullable String text) {
            return new Fragment(text, true);
        }
    }

    private static final OperationVisitor<Fragment> FRAGMENTS = new OperationVisitor<>() {

        @Override
        public Fragment visit(CreateTable op) {
            return Fragment.main(op.tableName());
        }

        @Override
        public Fragment visit(DropTable op) {
            return Fragment.main("delete_" + op.tableName());
        }

        @Override
        public Fragment visit(RenameTable op) {
            return Fragment.main("rename_" + op.oldTableName() + "_" + op.newTableName());
        }

        @Override
        public Fragment visit(AddColumn op) {
            return Fragment.main(op.tableName() + "_" + op.column().name());
        }

        @Override
        public Fragment visit(DropColumn op) {
            return Fragment.main("remove_" + op.tableName() + "_" + op.columnName());
        }

        @Override
        public Fragment visit(RenameColumn op) {
            return Fragment.main("rename_" + op.oldColumnName() + "_" + op.tableName() + "_" + op.newColumnName());
        }

        @Override
        public Fragment visit(ModifyDataType op) {
            return Fragment.main("alter_" + op.tableName() + "_" + op.columnName());
        }

        @Override
        public Fragment visit(AddNotNullConstraint op) {
            return Fragment.main(null);
        }

        @Override
        public Fragment visit(DropNotNullConstraint op) {
            return Fragment.main(null);
        }

        @Override
        public Fragment visit(AddDefaultValue op) {
            return Fragment.main(null);
        }

        @Override
        public Fragment visit(DropDefaultValue op) {
            return Fragment.main(null);
        }

        @Override
        public Fragment visit(CreateIndex op) {
            return Fragment.accessory(op.tableName() + "_" + op.index().name());
        }

        @Override
        public Fragment visit(DropIndex op) {
            return Fragment.accessory("remove_" + op.tableName() + "_" + op.indexName());
        }

        @Override
        public Fragment visit(AddUniqueConstraint op) {
            return Fragment.accessory(op.tableName() + "_" + op.constraint().name());
        }

        @Override
        public Fragment visit(DropUniqueConstraint op) {
            return Fragment.accessory(null);
        }

        @Override
        public Fragment visit(AddForeignKeyConstraint op) {
            return Fragment.accessory(op.tableName() + "_" + op.foreignKey().name());
        }

        @Override
        public Fragment visit(DropForeignKeyConstraint op) {
            return Fragment.accessory(null);
        }

        @Override
        public Fragment visit(AddCheckConstraint op) {
            return Fragment.accessory(op.tableName() + "_" + op.constraint().name());
        }

        @Override
        public Fragment visit(DropCheckConstraint op) {
            return Fragment.accessory(null);
        }

        @Override
        public Fragment visit(CreateSequence op) {
            return Fragment.main(null);
        }

        @Override
        public Fragment visit(DropSequence op) {
            return Fragment.main(null);
        }

        @Override
        public Fragment visit(SqlOperation op) {
            return Fragment.main(null);
        }

        @Override
        public Fragment visit(JavaOperation op) {
            return Fragment.main(null);
        }
    };
}
