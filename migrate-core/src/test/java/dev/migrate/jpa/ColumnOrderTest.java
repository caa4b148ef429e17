package dev.migrate.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.schema.Column;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import java.util.List;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hibernate orders a table's columns by their size on the database, so its order differs between
 * databases (a STRING enum is last on MariaDB and H2, among the varchars on PostgreSQL). The model
 * keeps one portable order, and each dialect creates the table in Hibernate's order for it.
 */
class ColumnOrderTest {

    /** Models without column definitions: Hibernate orders those by the Java type, not by the definition. */
    static final List<String> PACKAGES = List.of("dev.migrate.jpa.zoo", "dev.migrate.jpa.common");

    @ParameterizedTest
    @ValueSource(classes = {PostgreSQLDialect.class, MariaDBDialect.class, H2Dialect.class})
    void eachDialectOrdersTheColumnsAsHibernateDoesOnItsDatabase(Class<? extends Dialect> dialect) {
        for (String packageName : PACKAGES) {
            try (OfflineMetadata model = OfflineMetadata.forDialect(dialect).packages(packageName).build()) {
                Schema schema = model.readSchema();
                MetadataImplementor metadata = (MetadataImplementor) model.metadata();
                dev.migrate.dialect.Dialect ours = HibernateSchemaReader.ourDialect(metadata.getDatabase().getDialect());
                for (var namespace : metadata.getDatabase().getNamespaces()) {
                    for (org.hibernate.mapping.Table table : namespace.getTables()) {
                        if (!HibernateSchemaReader.isCreated(table)) {
                            continue;
                        }
                        List<String> hibernates = table.getColumns().stream()
                                .map(c -> c.getName().toLowerCase()).toList();
                        Table read = schema.requireTable(table.getName().toLowerCase());
                        assertThat(ours.hibernateColumnOrder(read.columns())).extracting(Column::name)
                                .as("%s on %s", table.getName(), dialect.getSimpleName())
                                .containsExactlyElementsOf(hibernates);
                    }
                }
            }
        }
    }
}
