package dev.migrate.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.jpa.zoo.Animal;
import dev.migrate.jpa.zoo.AnimalCount;
import dev.migrate.jpa.zoo.DayTicket;
import dev.migrate.jpa.zoo.Enclosure;
import dev.migrate.jpa.zoo.Feeding;
import dev.migrate.jpa.zoo.Keeper;
import dev.migrate.jpa.zoo.Lion;
import dev.migrate.jpa.zoo.Passport;
import dev.migrate.jpa.zoo.Penguin;
import dev.migrate.jpa.zoo.Registration;
import dev.migrate.jpa.zoo.SeasonTicket;
import dev.migrate.jpa.zoo.Shift;
import dev.migrate.jpa.zoo.Specimen;
import dev.migrate.jpa.zoo.Staff;
import dev.migrate.jpa.zoo.Ticket;
import dev.migrate.jpa.zoo.Vet;
import dev.migrate.jpa.zoo.Visit;
import dev.migrate.schema.Column;
import dev.migrate.schema.Table;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.service.spi.ServiceRegistryImplementor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflineMetadataTest {

    @Test
    void scanningAPackageFindsTheSameModelAsListingItsClasses() {
        try (OfflineMetadata model = OfflineMetadata.forDialect(H2Dialect.class)
                .entities(Specimen.class, Registration.class, Enclosure.class, Passport.class, Animal.class,
                        Lion.class, Penguin.class, Staff.class, Keeper.class, Vet.class, Ticket.class, DayTicket.class,
                        SeasonTicket.class, Feeding.class, Shift.class, Visit.class, AnimalCount.class)
                .build()) {
            assertThat(model.readSchema()).isEqualTo(Zoo.schema(H2Dialect.class));
        }
    }

    @Test
    void scanningAJarListsTheClassesOfThePackageAndItsSubPackages(@TempDir Path directory) throws IOException {
        Path jar = directory.resolve("entities.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String entry : List.of("com/example/shop/", "com/example/shop/Order.class", "com/example/shop/package-info.class",
                    "com/example/shop/billing/Invoice.class", "com/example/shop/orders.xml",
                    "com/example/shopping/Cart.class")) {
                out.putNextEntry(new JarEntry(entry));
                out.closeEntry();
            }
        }
        URL url = new URL("jar:" + jar.toUri() + "!/com/example/shop");
        Set<String> names = new TreeSet<>();
        EntityScanner.collectFromJar((JarURLConnection) url.openConnection(), "com/example/shop", names);
        assertThat(names).containsExactly("com.example.shop.Order", "com.example.shop.billing.Invoice");
    }

    @Test
    void closingReleasesTheServiceRegistry() {
        OfflineMetadata model = OfflineMetadata.forDialect(H2Dialect.class).entities(Passport.class).build();
        ServiceRegistryImplementor registry = (ServiceRegistryImplementor) model.serviceRegistry();
        assertThat(registry.isActive()).isTrue();
        model.close();
        assertThat(registry.isActive()).isFalse();
    }

    @Test
    void databaseVersionReachesTheDialect() {
        try (OfflineMetadata model = OfflineMetadata.forDialect("org.hibernate.dialect.MariaDBDialect")
                .databaseVersion(11, 4).entities(Passport.class).build()) {
            assertThat(model.metadata().getDatabase().getDialect()).isInstanceOf(MariaDBDialect.class);
            assertThat(model.metadata().getDatabase().getDialect().getVersion())
                    .isEqualTo(DatabaseVersion.make(11, 4));
        }
    }

    /**
     * Hibernate orders columns (and a composite key's) only when it creates the schema itself; the
     * offline model is ordered the same way, unless the mapping asks for the legacy (mapping) order.
     */
    @Test
    void ordersColumnsAsHibernatesSchemaExportDoes() {
        try (OfflineMetadata model = OfflineMetadata.forDialect(H2Dialect.class)
                .entities(Feeding.class, Animal.class, Lion.class, Penguin.class, Enclosure.class, Passport.class)
                .build()) {
            Table feeding = model.readSchema().requireTable("feeding");
            assertThat(feeding.columns()).extracting(Column::name).containsExactly("day", "portions", "animal_id");
            assertThat(feeding.primaryKey()).containsExactly("day", "animal_id");
            assertThat(model.readSchema().requireTable("animal").columns()).extracting(Column::name)
                    .startsWith("can_dive", "mane_length", "home_id", "id").endsWith("kind", "name");
        }
        try (OfflineMetadata model = OfflineMetadata.forDialect(H2Dialect.class)
                .entities(Feeding.class, Animal.class, Lion.class, Penguin.class, Enclosure.class, Passport.class)
                .setting("hibernate.column_ordering_strategy", "legacy")
                .build()) {
            Table feeding = model.readSchema().requireTable("feeding");
            assertThat(feeding.columns()).extracting(Column::name).containsExactly("day", "portions", "animal_id");
            assertThat(feeding.primaryKey()).as("the embedded id's order").containsExactly("animal_id", "day");
            assertThat(model.readSchema().requireTable("animal").columns()).extracting(Column::name)
                    .startsWith("kind", "id", "name");
        }
    }

    @Test
    void implicitNamingStrategyByClassName() {
        try (OfflineMetadata model = OfflineMetadata.forDialect(H2Dialect.class)
                .entities(Staff.class, Keeper.class, Animal.class, Lion.class, Penguin.class, Enclosure.class,
                        Passport.class)
                .implicitNamingStrategy(JoinTablesAfterTheAttribute.class.getName())
                .build()) {
            assertThat(model.readSchema().table("keeper_animals")).isPresent();
        }
    }

    @Test
    void physicalNamingStrategyByInstance() {
        try (OfflineMetadata model = OfflineMetadata.forDialect(H2Dialect.class)
                .entities(Staff.class)
                .physicalNamingStrategy(new PhysicalNamingStrategyStandardImpl())
                .build()) {
            assertThat(model.readSchema().requireTable("staff").columns()).extracting(Column::name)
                    .as("no snake case: Hibernate's name, lower-cased").containsExactly("id", "fullname");
        }
    }

    @Test
    void aClassNameThatIsNotANamingStrategyFails() {
        assertThatThrownBy(() -> OfflineMetadata.forDialect(H2Dialect.class).entities(Passport.class)
                .physicalNamingStrategy(String.class.getName()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.String is not a PhysicalNamingStrategy");
    }

    /** Like Spring Boot's strategy: a join table is named after the owning table and the attribute. */
    public static class JoinTablesAfterTheAttribute extends ImplicitNamingStrategyJpaCompliantImpl {

        @Override
        public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
            String name = source.getOwningPhysicalTableName() + "_"
                    + source.getAssociationOwningAttributePath().getProperty();
            return toIdentifier(name, source.getBuildingContext());
        }
    }
}
