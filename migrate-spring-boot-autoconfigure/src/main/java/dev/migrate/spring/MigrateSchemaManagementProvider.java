package dev.migrate.spring;

import javax.sql.DataSource;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Tells Spring Boot that our migrations manage the schema of the DataSource, so that Hibernate's
 * ddl-auto defaults to none instead of create-drop on an embedded database.
 */
public class MigrateSchemaManagementProvider implements SchemaManagementProvider {

    private final Migrations migrations;

    public MigrateSchemaManagementProvider(Migrations migrations) {
        this.migrations = migrations;
    }

    @Override
    public SchemaManagement getSchemaManagement(DataSource dataSource) {
        return migrations.dataSource() == dataSource ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
    }
}
