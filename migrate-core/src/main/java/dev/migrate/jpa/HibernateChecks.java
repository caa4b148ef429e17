package dev.migrate.jpa;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Identifiers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The check constraints Hibernate's schema export declares for a table, in the order it writes them:
 * the checks of each column in column order (ORDINAL and STRING enums where the dialect uses a
 * check, discriminator values, {@code @Check} on a field), then the table's own (a single-table
 * subclass's not-null columns, {@code @Check} on a class). Hibernate writes them with the condition
 * it holds, and so do we.
 * <p>
 * A check Hibernate names keeps its name. Hibernate declares the others inline without a name and
 * the database names them, each its own way; a migration must be able to drop them later, so we name
 * them as PostgreSQL does: {@code <table>_<column>_check} for a column's, {@code <table>_check} for the
 * table's, with {@code 1}, {@code 2}, ... appended when a name is taken, cut to
 * {@value Identifiers#MAX_LENGTH} characters. On PostgreSQL our names are then the database's own.
 */
final class HibernateChecks {

    private static final String SUFFIX = "_check";

    private final String table;
    private final Set<String> taken = new HashSet<>();
    private final List<CheckConstraint> checks = new ArrayList<>();

    private HibernateChecks(String table) {
        this.table = table;
    }

    /**
     * @param typeCheck the check Hibernate declares for a column's type, where our type carries it
     *        (a STRING enum's values on PostgreSQL), else null; it is left out, as the dialect writes it
     */
    static List<CheckConstraint> of(org.hibernate.mapping.Table hibernateTable, String table,
            Function<org.hibernate.mapping.Column, String> columnName, Function<String, String> constraintName,
            Function<org.hibernate.mapping.Column, @Nullable String> typeCheck) {
        HibernateChecks reader = new HibernateChecks(table);
        // named ones first, so that a generated name never takes a name the mapping gave
        for (org.hibernate.mapping.Column column : hibernateTable.getColumns()) {
            for (org.hibernate.mapping.CheckConstraint check : column.getCheckConstraints()) {
                if (check.isNamed()) {
                    reader.named(constraintName.apply(check.getName()), check.getConstraint());
                }
            }
        }
        for (org.hibernate.mapping.CheckConstraint check : hibernateTable.getChecks()) {
            if (check.isNamed()) {
                reader.named(constraintName.apply(check.getName()), check.getConstraint());
            }
        }
        for (org.hibernate.mapping.Column column : hibernateTable.getColumns()) {
            if (column.getCheckConstraints().isEmpty()) {
                continue;
            }
            String ofType = typeCheck.apply(column);
            List<String> anonymous = new ArrayList<>();
            for (org.hibernate.mapping.CheckConstraint check : column.getCheckConstraints()) {
                if (check.isAnonymous() && !check.getConstraint().equals(ofType)) {
                    anonymous.add(check.getConstraint());
                }
            }
            if (!anonymous.isEmpty()) {
                // Hibernate joins a column's unnamed checks into one: check (a) and (b)
                String condition = anonymous.size() == 1 ? anonymous.get(0)
                        : "(" + String.join(") and (", anonymous) + ")";
                reader.unnamed(table + "_" + columnName.apply(column), condition);
            }
        }
        for (org.hibernate.mapping.CheckConstraint check : hibernateTable.getChecks()) {
            if (check.isAnonymous()) {
                reader.unnamed(table, check.getConstraint());
            }
        }
        return reader.checks;
    }

    private void named(String name, String condition) {
        taken.add(name);
        checks.add(new CheckConstraint(name, condition));
    }

    private void unnamed(String base, String condition) {
        String name = fit(base, SUFFIX);
        for (int n = 1; taken.contains(name); n++) {
            name = fit(base, SUFFIX + n);
        }
        taken.add(name);
        checks.add(new CheckConstraint(name, condition));
    }

    /** Cut to at most 63 bytes in UTF-8 (63 characters of ASCII), a name every database can store. */
    private static String fit(String base, String suffix) {
        return Identifiers.truncateUtf8(base, Identifiers.MAX_LENGTH - suffix.length()) + suffix;
    }
}
