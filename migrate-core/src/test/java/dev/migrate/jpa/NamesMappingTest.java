package dev.migrate.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.jpa.names.Outer;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexColumn;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.util.List;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Names Hibernate gives and the databases take are read, not refused. */
class NamesMappingTest {

    /**
     * Hibernate names a static nested entity {@code Outer$Inner} (the class name after the package),
     * which the snake-case naming strategy makes {@code outer$inner}; the column is named as written.
     */
    @ParameterizedTest
    @ValueSource(classes = {H2Dialect.class, PostgreSQLDialect.class, MariaDBDialect.class})
    void readsAStaticNestedEntityAndANonAsciiColumn(Class<? extends Dialect> dialect) {
        try (OfflineMetadata model = OfflineMetadata.forDialect(dialect).entities(Outer.Inner.class).build()) {
            Table table = model.readSchema().requireTable("outer$inner");
            assertThat(model.metadata().collectTableMappings()).extracting(t -> t.getName())
                    .containsExactly("outer$inner");
            assertThat(table.columns()).extracting(Column::name).containsExactlyInAnyOrder("id", "入职日期", "工号");
            assertThat(table.requireColumn("入职日期")).isEqualTo(Column.of("入职日期", ColumnType.of(DataType.DATE), true));
            assertThat(table.indexes()).containsExactly(new Index("ix_入职日期", false, List.of(IndexColumn.asc("入职日期"))));
            assertThat(table.uniqueConstraints()).extracting(UniqueConstraint::columns).containsExactly(List.of("工号"));
        }
    }

    @Test
    void withHibernatesStandardNamingTheTableIsOuterDollarInner() {
        try (OfflineMetadata model = OfflineMetadata.forDialect(H2Dialect.class)
                .physicalNamingStrategy(new PhysicalNamingStrategyStandardImpl()).entities(Outer.Inner.class).build()) {
            assertThat(model.metadata().collectTableMappings()).extracting(t -> t.getName())
                    .containsExactly("Outer$Inner");
            assertThat(model.readSchema().tables()).extracting(Table::name).containsExactly("outer$inner");
        }
    }
}
