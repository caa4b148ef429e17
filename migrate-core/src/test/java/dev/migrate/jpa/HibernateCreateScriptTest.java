package dev.migrate.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexColumn;
import dev.migrate.schema.Schema;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The names (and column order) of what we read equal what Hibernate's own schema export creates:
 * tables, columns, primary keys, unique constraints, indexes, foreign keys and sequences, both ways.
 * Types are left to the database-level comparison.
 */
class HibernateCreateScriptTest {

    @ParameterizedTest
    @ValueSource(classes = {PostgreSQLDialect.class, MariaDBDialect.class, H2Dialect.class})
    void schemaMatchesHibernatesCreateScript(Class<? extends Dialect> dialect) {
        Schema schema;
        HibernateCreateScript script;
        try (OfflineMetadata model = Zoo.metadata(dialect).build()) {
            schema = model.readSchema();
            script = HibernateCreateScript.of(model);
        }

        assertThat(schema.sequences()).extracting(s -> s.name() + " " + s.startValue() + " " + s.incrementBy())
                .containsExactlyInAnyOrderElementsOf(script.sequences.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).toList());
        assertThat(schema.tables()).extracting(Table::name)
                .containsExactlyInAnyOrderElementsOf(script.tables.keySet());

        List<HibernateCreateScript.Constraint> expectedConstraints = new ArrayList<>(script.constraints);
        for (Table table : schema.tables()) {
            HibernateCreateScript.Table created = script.tables.get(table.name());
            assertThat(table.columns()).as("columns of " + table.name()).extracting(c -> c.name())
                    .containsExactlyElementsOf(created.columns());
            assertThat(table.primaryKey()).as("primary key of " + table.name())
                    .containsExactlyElementsOf(created.primaryKey());
            List<List<String>> unnamedUniques = new ArrayList<>(created.unnamedUniques());
            List<HibernateCreateScript.Constraint> ours = new ArrayList<>();
            for (UniqueConstraint unique : table.uniqueConstraints()) {
                // where Hibernate leaves a unique key unnamed, the database names it, not Hibernate
                if (!unnamedUniques.remove(unique.columns())) {
                    ours.add(new HibernateCreateScript.Constraint(table.name(), unique.name(),
                            "unique (" + String.join(", ", unique.columns()) + ")"));
                }
            }
            assertThat(unnamedUniques).as("unnamed unique keys of " + table.name() + " we did not read").isEmpty();
            table.indexes().forEach(i -> ours.add(new HibernateCreateScript.Constraint(table.name(), i.name(),
                    definition(i))));
            table.foreignKeys().forEach(f -> ours.add(new HibernateCreateScript.Constraint(table.name(), f.name(),
                    definition(f, schema, expectedConstraints))));
            for (HibernateCreateScript.Constraint constraint : ours) {
                assertThat(expectedConstraints).as("created by Hibernate").contains(constraint);
                expectedConstraints.remove(constraint);
            }
        }
        assertThat(expectedConstraints).as("created by Hibernate but not read").isEmpty();
    }

    private static String definition(Index index) {
        return (index.unique() ? "unique index (" : "index (")
                + index.columns().stream().map(IndexColumn::toString).collect(Collectors.joining(", ")) + ")";
    }

    /**
     * As Hibernate writes it: PostgreSQL and H2 leave out the referenced columns when they are the
     * primary key, MariaDB names them.
     */
    private static String definition(ForeignKey key, Schema schema, List<HibernateCreateScript.Constraint> created) {
        String onDelete = key.onDelete() == ReferentialAction.NO_ACTION ? ""
                : " on delete " + key.onDelete().sql().toLowerCase(Locale.ROOT);
        String toTable = "foreign key (" + String.join(", ", key.columns()) + ") references " + key.referencedTable();
        String toColumns = toTable + " (" + String.join(", ", key.referencedColumns()) + ")";
        boolean namesColumns = created.stream().anyMatch(c -> c.name().equals(key.name())
                && c.definition().startsWith(toTable + " ("));
        if (!namesColumns) {
            assertThat(key.referencedColumns()).as(key.name() + " references the primary key")
                    .isEqualTo(schema.requireTable(key.referencedTable()).primaryKey());
        }
        return (namesColumns ? toColumns : toTable) + onDelete;
    }
}
