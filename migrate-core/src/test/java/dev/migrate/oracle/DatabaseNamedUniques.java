package dev.migrate.oracle;

import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import dev.migrate.testing.DatabaseKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * On PostgreSQL and H2 Hibernate declares {@code @Column(unique = true)}, one-to-one join columns
 * and unnamed {@code @UniqueConstraint}s inline and without a name, so the database names them
 * ({@code specimen_label_key}, {@code CONSTRAINT_8}); our migrations use the {@code UK...} name
 * Hibernate generated for them (the name it gives them on MariaDB). Such constraints are compared by
 * their columns: a unique constraint of Hibernate's schema whose name the database made up takes
 * our name when our table has a unique constraint on exactly the same columns that Hibernate's
 * lacks. Every other unique constraint is compared by name as usual.
 */
final class DatabaseNamedUniques {

    /** A unique constraint of Hibernate's schema that took our name instead of the database's. */
    record Adopted(String table, List<String> columns, String databaseName, String ourName) {
    }

    private DatabaseNamedUniques() {
    }

    /** Hibernate's schema with our names on the unique constraints the database named; {@code adopted} lists them. */
    static Schema adoptOurNames(Schema hibernates, Schema ours, DatabaseKind kind, List<Adopted> adopted) {
        if (kind == DatabaseKind.MARIADB) {
            return hibernates;
        }
        return hibernates.withEveryTable(table -> {
            Optional<Table> our = ours.table(table.name());
            if (our.isEmpty()) {
                return table;
            }
            List<UniqueConstraint> uniques = new ArrayList<>();
            for (UniqueConstraint unique : table.uniqueConstraints()) {
                Optional<UniqueConstraint> match = our.get().uniqueConstraints().stream()
                        .filter(u -> u.columns().equals(unique.columns()))
                        .filter(u -> table.uniqueConstraint(u.name()).isEmpty())
                        .findFirst();
                if (match.isPresent() && inventedByDatabase(unique, table, kind)) {
                    adopted.add(new Adopted(table.name(), unique.columns(), unique.name(), match.get().name()));
                    uniques.add(match.get());
                } else {
                    uniques.add(unique);
                }
            }
            return table.withUniqueConstraints(uniques);
        });
    }

    /** PostgreSQL names them {@code <table>_<columns>_key[n]}, H2 {@code CONSTRAINT_<hex>}. */
    private static boolean inventedByDatabase(UniqueConstraint unique, Table table, DatabaseKind kind) {
        Pattern pattern = kind == DatabaseKind.POSTGRES
                ? Pattern.compile(Pattern.quote(table.name() + "_" + String.join("_", unique.columns()) + "_key") + "\\d*")
                : Pattern.compile("constraint_[0-9a-f]+");
        return pattern.matcher(unique.name()).matches();
    }
}
