package dev.migrate.oracle;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import dev.migrate.testing.DatabaseKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Hibernate declares enum, discriminator and single-table subclass checks inline without a name, so
 * the database names them; our migrations give them the names PostgreSQL would
 * ({@code <table>_<column>_check}, {@code <table>_check}), so on PostgreSQL the names agree. On
 * MariaDB (a column's check takes the column's name, a table's {@code CONSTRAINT_<n>}) such a check
 * of Hibernate's schema takes our name when our table has a check with exactly the same condition,
 * as the same database keeps it, that Hibernate's lacks. Names are the only thing adopted:
 * conditions are compared exactly, and every other check by name as usual. On H2 our migrations
 * create no checks at all (see {@code H2Dialect}), so there is nothing to adopt.
 */
final class DatabaseNamedChecks {

    /** A check of Hibernate's schema that took our name instead of the database's. */
    record Adopted(String table, String databaseName, String ourName) {
    }

    private DatabaseNamedChecks() {
    }

    static Schema adoptOurNames(Schema hibernates, Schema ours, DatabaseKind kind, List<Adopted> adopted) {
        if (kind != DatabaseKind.MARIADB) {
            return hibernates;
        }
        return hibernates.withEveryTable(table -> {
            Optional<Table> our = ours.table(table.name());
            if (our.isEmpty()) {
                return table;
            }
            List<CheckConstraint> checks = new ArrayList<>();
            for (CheckConstraint check : table.checkConstraints()) {
                Optional<CheckConstraint> match = our.get().checkConstraints().stream()
                        .filter(c -> c.expression().equals(check.expression()))
                        .filter(c -> table.checkConstraint(c.name()).isEmpty())
                        .filter(c -> checks.stream().noneMatch(taken -> taken.name().equals(c.name())))
                        .findFirst();
                if (match.isPresent() && inventedByDatabase(check, table)) {
                    adopted.add(new Adopted(table.name(), check.name(), match.get().name()));
                    checks.add(match.get());
                } else {
                    checks.add(check);
                }
            }
            return table.withCheckConstraints(checks);
        });
    }

    private static boolean inventedByDatabase(CheckConstraint check, Table table) {
        return Pattern.matches("constraint_\\d+", check.name()) || table.column(check.name()).isPresent();
    }
}
