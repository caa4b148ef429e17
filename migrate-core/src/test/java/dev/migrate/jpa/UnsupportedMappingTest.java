package dev.migrate.jpa;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.jpa.odd.ArchivedTable;
import dev.migrate.jpa.odd.CatalogTable;
import dev.migrate.jpa.odd.DashedTable;
import dev.migrate.jpa.odd.GeneratedTotal;
import dev.migrate.jpa.odd.NamedEnumHolder;
import dev.migrate.jpa.odd.QuotedKeyword;
import dev.migrate.jpa.odd.QuotedTable;
import dev.migrate.jpa.odd.UpperCaseUmlaut;
import org.hibernate.dialect.Dialect;
import java.util.List;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MariaDBDialect;
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

    /** Hibernate quotes a name with a dash itself, and on H2 its "order-lines" is not the ORDER-LINES migrate creates. */
    @Test
    void nameHibernateQuotesItself() {
        assertThatThrownBy(() -> read(H2Dialect.class, DashedTable.class))
                .isInstanceOf(UnsupportedMappingException.class)
                .hasMessageContaining("table 'order-lines' (entity dev.migrate.jpa.odd.DashedTable)")
                .hasMessageContaining("the table name \"order-lines\" has characters other than letters, digits, _ "
                        + "and $ (or starts with a digit or $), so Hibernate quotes it")
                .hasMessageContaining("for example order_lines");
    }

    @Test
    void quotedName() {
        assertThatThrownBy(() -> read(H2Dialect.class, QuotedTable.class))
                .isInstanceOf(UnsupportedMappingException.class)
                .hasMessageContaining("(entity dev.migrate.jpa.odd.QuotedTable)")
                .hasMessageContaining("the table name \"Quoted\" is quoted, so its case would matter")
                .hasMessageContaining("Remove the quotes from the name");
    }

    /** "order" would do on PostgreSQL and MariaDB, but on H2 migrate creates ORDER, which "order" is not. */
    @Test
    void quotedNameInLowerCase() {
        for (Class<? extends Dialect> dialect : List.of(H2Dialect.class, PostgreSQLDialect.class, MariaDBDialect.class)) {
            assertThatThrownBy(() -> read(dialect, QuotedKeyword.class))
                    .isInstanceOf(UnsupportedMappingException.class)
                    .hasMessageContaining("the table name \"order\" is quoted")
                    .hasMessageContaining("if it is an SQL keyword such as order or user, rename it");
        }
    }

    /** Hibernate's snake-case naming lower-cases the name (so it is read); its standard naming keeps it. */
    @Test
    void upperCaseLetterOutsideAscii() {
        assertThatThrownBy(() -> {
            try (OfflineMetadata model = OfflineMetadata.forDialect(PostgreSQLDialect.class)
                    .physicalNamingStrategy(new PhysicalNamingStrategyStandardImpl()).entities(UpperCaseUmlaut.class)
                    .build()) {
                model.readSchema();
            }
        })
                .isInstanceOf(UnsupportedMappingException.class)
                .hasMessageContaining("(entity dev.migrate.jpa.odd.UpperCaseUmlaut)")
                .hasMessageContaining("the column name 'Ärger' has upper-case letters outside ASCII")
                .hasMessageContaining("write the name in lower case: 'ärger'");
    }

    /** The advice works: {@code NamedSchemaPostgresTest} follows it on PostgreSQL. */
    @Test
    void tableInANamedSchema() {
        assertThatThrownBy(() -> read(H2Dialect.class, ArchivedTable.class))
                .isInstanceOf(UnsupportedMappingException.class)
                .hasMessageStartingWith("table 'archived_table' (entity dev.migrate.jpa.odd.ArchivedTable): is in the "
                        + "schema 'inventory' (@Table(schema = \"inventory\") or hibernate.default_schema); tables in a "
                        + "named schema are not supported yet. Remove the schema from the mapping and make inventory the "
                        + "default schema of the connection instead, where migrate then also keeps its history table: ")
                .hasMessageContaining("on PostgreSQL add currentSchema=inventory to the JDBC URL")
                .hasMessageContaining("on H2 add ;SCHEMA=INVENTORY (the schema must exist, for example "
                        + ";INIT=CREATE SCHEMA IF NOT EXISTS INVENTORY\\;SET SCHEMA INVENTORY)")
                .hasMessageContaining("on MariaDB, where a schema is a database, connect to the database inventory");
    }

    @Test
    void tableInANamedCatalog() {
        assertThatThrownBy(() -> read(MariaDBDialect.class, CatalogTable.class))
                .isInstanceOf(UnsupportedMappingException.class)
                .hasMessageContaining("table 'catalog_table' (entity dev.migrate.jpa.odd.CatalogTable): is in the "
                        + "catalog 'warehouse'")
                .hasMessageContaining("tables in a named catalog are not supported yet")
                .hasMessageContaining("Remove the catalog from the mapping and connect to the database warehouse");
    }

    private static void read(Class<? extends Dialect> dialect, Class<?> entity) {
        try (OfflineMetadata model = OfflineMetadata.forDialect(dialect).entities(entity).build()) {
            model.readSchema();
        }
    }
}
