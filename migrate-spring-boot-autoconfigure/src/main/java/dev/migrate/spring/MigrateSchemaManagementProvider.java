package dev.migrate.spring;

import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Tells Spring Boot that our migrations manage the schema of the DataSource, so that Hibernate's
 * ddl-auto defaults to none instead of create-drop on an embedded database.
 */
public class MigrateSchemaManagementProvider implements SchemaManagementProvider {

    private final Migrations migrations;
    private final @Nullable DataSource sameDatabase;

    public MigrateSchemaManagementProvider(Migrations migrations) {
        this(migrations, null);
    }

    /**
     * @param sameDatabase another DataSource to the database that the migrations manage (the
     * application's, when migrations connect to it as another user), or null
     */
    public MigrateSchemaManagementProvider(Migrations migrations, @Nullable DataSource sameDatabase) {
        this.migrations = migrations;
        this.sameDatabase = sameDatabase;
    }

    @Override
    public SchemaManagement getSchemaManagement(DataSource dataSource) {
        boolean managed = migrations.dataSource() == dataSource || (sameDatabase != null && sameDatabase == dataSource);
        return managed ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
    }
}
