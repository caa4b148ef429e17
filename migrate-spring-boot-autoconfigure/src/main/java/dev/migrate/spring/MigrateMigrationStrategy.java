package dev.migrate.spring;

/**
 * What happens to the migrations when the application starts, in place of the default: applying
 * every pending migration, forwards only, up to {@code migrate.target}. Declare a bean of it to,
 * for example, only check at start-up and migrate from a separate job, with this method in a
 * configuration class, annotated {@code Bean}:
 *
 * <pre>{@code
 * MigrateMigrationStrategy checkOnly() {
 *     return migrations -> {
 *         long pending = migrations.status().stream()
 *                 .filter(status -> status.state() == MigrationState.PENDING).count();
 *         if (pending > 0) {
 *             throw new IllegalStateException(pending + " migrations are pending: run the migration job");
 *         }
 *     };
 * }
 * }</pre>
 *
 * The strategy gets the application's {@link Migrations}: {@link Migrations#migrate(String)} is what
 * the default does, and {@link Migrations#core()} gives the core engine for anything else. It runs
 * where the default would, before the EntityManagerFactory and the other database users, and not
 * when {@code migrate.command} runs a command instead. Whatever it does, the JPA entities are still
 * compared with the migration files as Hibernate boots, so {@code migrate.model-changes=fail} still
 * fails on entity changes no file covers (the comparison reads the files, not the database).
 */
@FunctionalInterface
public interface MigrateMigrationStrategy {

    /**
     * Does at start-up what the application needs with its migrations.
     *
     * @param migrations the application's migrations, connected to their database
     */
    void migrate(Migrations migrations);
}
