package dev.migrate.liquibase;

import dev.migrate.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;

/** Liquibase 4.33 itself (a test dependency), applying a changelog as an application on Liquibase would. */
final class LiquibaseRunner {

    static {
        // no calls home from a test
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.showBanner", "false");
    }

    private LiquibaseRunner() {
    }

    /** Applies the changelog's changeSets for the contexts, all of them or the first {@code count}. */
    @SuppressWarnings("deprecation")
    static void update(TestDatabase target, Path root, String changelog, String contexts, Integer count)
            throws Exception {
        try (Connection connection = target.connect()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase(changelog, new DirectoryResourceAccessor(root), database);
            if (count == null) {
                liquibase.update(new Contexts(contexts), new LabelExpression());
            } else {
                liquibase.update(count, new Contexts(contexts), new LabelExpression());
            }
        }
    }
}
