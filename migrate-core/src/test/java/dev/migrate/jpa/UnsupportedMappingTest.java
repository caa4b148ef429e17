package dev.migrate.jpa;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.jpa.odd.ArchivedTable;
import dev.migrate.jpa.odd.DashedTable;
import dev.migrate.jpa.odd.GeneratedTotal;
import dev.migrate.jpa.odd.NamedEnumHolder;
import dev.migrate.jpa.odd.QuotedTable;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.junit.jupiter.api.Test;

/** What the schema cannot represent fails, naming the entity, the table, the column and the reason. */
class UnsupportedMappingTest {

    @Test
    void postgresNamedEnumWithAdvice() {
        assertThatThrownBy(() -> read(PostgreSQLDialect.class, NamedEnumHolder.class))
                .isInstanceOf(UnsupportedMappingException.class)
                .hasMessageContaining("(entity dev.migrate.jpa.odd.NamedEnumHolder), column 'closing_day'")
                .hasMessageContaining("named enum type")
                .hasMessageContaining("@Enumerated(EnumType.STRING) instead");
    }

    @Test
    void generatedColumn() {
        assertThatThrownBy(() -> read(H2Dialect.class, GeneratedTotal.class))
                .isInstanceOf(UnsupportedMappingException.class)
                .hasMessageContaining("column 'doubled'")
                .hasMessageContaining("generated columns");
    }

    @Test
    void nameThatIsNotAnIdentifier() {
        assertThatThrownBy(() -> read(H2Dialect.class, DashedTable.class))
                .isInstanceOf(UnsupportedMappingException.class)
                .hasMessageContaining("table 'order-lines' (entity dev.migrate.jpa.odd.DashedTable)")
                .hasMessageContaining("Hibernate named a table 'order-lines', which is not a valid identifier");
    }

    @Test
    void quotedName() {
        assertThatThrownBy(() -> read(H2Dialect.class, QuotedTable.class))
                .isInstanceOf(UnsupportedMappingException.class)
                .hasMessageContaining("(entity dev.migrate.jpa.odd.QuotedTable)")
                .hasMessageContaining("the table name \"Quoted\" is quoted");
    }

    @Test
    void tableInAnotherSchema() {
        assertThatThrownBy(() -> read(H2Dialect.class, ArchivedTable.class))
                .isInstanceOf(UnsupportedMappingException.class)
                .hasMessageContaining("table 'archived_table' (entity dev.migrate.jpa.odd.ArchivedTable)")
                .hasMessageContaining("schema archive");
    }

    private static void read(Class<? extends Dialect> dialect, Class<?> entity) {
        try (OfflineMetadata model = OfflineMetadata.forDialect(dialect).entities(entity).build()) {
            model.readSchema();
        }
    }
}
