package dev.migrate.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.jpa.validation.Badge;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Why a STRING enum is read as varchar: where Hibernate would create a native enum type, its
 * schema validator still accepts a varchar column (and rejects other types).
 */
class StringEnumValidationTest {

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"H2", "MARIADB"})
    void hibernateValidatesAVarcharWhereItWouldCreateANativeEnum(DatabaseKind kind) throws Exception {
        try (OfflineMetadata model = OfflineMetadata.forDialect(kind == DatabaseKind.H2 ? H2Dialect.class
                : MariaDBDialect.class).entities(Badge.class).build()) {
            assertThat(model.readSchema().requireTable("badge").requireColumn("status").type())
                    .isEqualTo(ColumnType.of(DataType.VARCHAR, 255));
        }
        try (TestDatabase database = TestDatabases.create(kind)) {
            database.execute("create table badge (id bigint not null, status varchar(255) not null, primary key (id))");
            validate(database);

            database.execute("drop table badge",
                    "create table badge (id bigint not null, status integer not null, primary key (id))");
            assertThatThrownBy(() -> validate(database)).isInstanceOf(SchemaManagementException.class)
                    .hasMessageContaining("wrong column type encountered in column [status]");
        }
    }

    private static void validate(TestDatabase database) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.url", database.url())
                .applySetting("hibernate.connection.username", database.user())
                .applySetting("hibernate.connection.password", database.password())
                .applySetting("hibernate.hbm2ddl.auto", "validate")
                .build();
        try {
            new MetadataSources(registry).addAnnotatedClass(Badge.class).getMetadataBuilder()
                    .applyPhysicalNamingStrategy(new PhysicalNamingStrategySnakeCaseImpl())
                    .build().buildSessionFactory().close();
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
