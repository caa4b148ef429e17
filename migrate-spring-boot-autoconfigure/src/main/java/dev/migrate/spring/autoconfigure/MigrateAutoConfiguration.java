package dev.migrate.spring.autoconfigure;

import dev.migrate.diff.ConsoleQuestioner;
import dev.migrate.diff.Questioner;
import dev.migrate.spring.EntityModel;
import dev.migrate.spring.MigrateCommandRunner;
import dev.migrate.spring.MigrateCommands;
import dev.migrate.spring.MigrateConfigurationCustomizer;
import dev.migrate.spring.MigrateConnectionDetails;
import dev.migrate.spring.MigrateDataSource;
import dev.migrate.spring.MigrateInitializer;
import dev.migrate.spring.MigrateMigrationStrategy;
import dev.migrate.spring.MigrateProperties;
import dev.migrate.spring.MigrateSchemaManagementProvider;
import dev.migrate.spring.MigrateStartup;
import dev.migrate.spring.MigrationFiles;
import dev.migrate.spring.Migrations;
import dev.migrate.spring.ModelChangesHandler;
import dev.migrate.spring.hibernate.MigrateHibernatePropertiesCustomizer;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Applies pending migrations while the context starts, before the EntityManagerFactory and other
 * database users (Spring Boot's database initialization detection orders them), compares the JPA
 * entities with the migrations during Hibernate's own bootstrap, and runs migrate.command.
 * Migrations use the application's DataSource, unless a {@link MigrateDataSource} bean, a
 * {@link MigrateConnectionDetails} bean, or the migrate.url, migrate.user and migrate.password
 * properties give them connections of their own (in that order). A {@link MigrateMigrationStrategy}
 * bean replaces what the start-up does with the migrations; {@link MigrateConfigurationCustomizer}
 * beans change the core configuration.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class,
        beforeName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration")
@Conditional(MigrateAutoConfiguration.MigrationsDataSourceCondition.class)
@ConditionalOnBooleanProperty(name = "migrate.enabled", matchIfMissing = true)
@EnableConfigurationProperties(MigrateProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class MigrateAutoConfiguration {

    private static final String ENTITY_MANAGER_FACTORY = "jakarta.persistence.EntityManagerFactory";

    @Bean
    @ConditionalOnMissingBean
    Migrations migrations(@MigrateDataSource ObjectProvider<DataSource> migrateDataSource,
            ObjectProvider<DataSource> dataSource, MigrateProperties properties,
            ObjectProvider<MigrateConnectionDetails> migrateConnectionDetails,
            ObjectProvider<JdbcConnectionDetails> connectionDetails,
            ObjectProvider<DataSourceProperties> dataSourceProperties, ResourceLoader resourceLoader,
            BeanFactory beanFactory, ObjectProvider<MigrateConfigurationCustomizer> customizers) {
        DataSource chosen = MigrationsDataSource.choose(migrateDataSource.getIfAvailable(),
                ownConnection(migrateConnectionDetails, properties), properties,
                () -> applicationConnection(connectionDetails, dataSourceProperties), dataSource::getIfUnique);
        return new Migrations(chosen, properties,
                new MigrationFiles(ResourcePatternUtils.getResourcePatternResolver(resourceLoader)), beanFactory,
                customizers.orderedStream().toList());
    }

    /** {@code migrate.url} and its companions, unless a bean or a service connection gives the connection. */
    @Bean
    @ConditionalOnProperty("migrate.url")
    @ConditionalOnMissingBean(MigrateConnectionDetails.class)
    PropertiesMigrateConnectionDetails migrateConnectionDetails(MigrateProperties properties) {
        return new PropertiesMigrateConnectionDetails(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    MigrateStartup migrateStartup() {
        return new MigrateStartup();
    }

    @Bean
    @ConditionalOnMissingBean
    MigrateInitializer migrateInitializer(Migrations migrations, MigrateProperties properties, MigrateStartup startup,
            ObjectProvider<ModelChangesHandler> entityModelHandler, ObjectProvider<MigrateMigrationStrategy> strategy) {
        return new MigrateInitializer(migrations, properties, startup, entityModelHandler.getIfAvailable() != null,
                strategy.getIfAvailable());
    }

    @Bean
    MigrateSchemaManagementProvider migrateSchemaManagementProvider(Migrations migrations,
            @MigrateDataSource ObjectProvider<DataSource> migrateDataSource, ObjectProvider<DataSource> dataSource,
            ObjectProvider<MigrateConnectionDetails> migrateConnectionDetails, MigrateProperties properties) {
        // migrate.user alone migrates the application's own database, so Hibernate must not manage it too
        DataSource sameDatabase = MigrationsDataSource.sameDatabaseAsApplication(migrateDataSource.getIfAvailable(),
                ownConnection(migrateConnectionDetails, properties)) ? dataSource.getIfUnique() : null;
        return new MigrateSchemaManagementProvider(migrations, sameDatabase);
    }

    @Bean
    @ConditionalOnMissingBean
    MigrateCommands migrateCommands(Migrations migrations, MigrateProperties properties,
            ListableBeanFactory beanFactory) {
        return new MigrateCommands(migrations, properties, () -> entityModel(migrations, beanFactory),
                () -> questioner(properties));
    }

    /**
     * Registered whether or not migrate.command is set, and reading it when the context has started:
     * Spring AOT evaluates conditions once, at build time, so a condition on the property would keep
     * a processed application from running a command chosen at run time.
     */
    @Bean
    @ConditionalOnMissingBean
    MigrateCommandRunner migrateCommandRunner(MigrateCommands commands, MigrateProperties properties) {
        return new MigrateCommandRunner(commands, properties::getCommand, System::exit);
    }

    /**
     * The migrations' own connection: the {@link MigrateConnectionDetails} bean, else migrate.url. The
     * bean for migrate.url is conditional on the property, which Spring AOT evaluates at build time;
     * so that an application processed without migrate.url can still be given one at run time (a
     * separate migration job with its own user), and one processed with it can run without, the
     * property is read here again.
     */
    static @Nullable MigrateConnectionDetails ownConnection(ObjectProvider<MigrateConnectionDetails> details,
            MigrateProperties properties) {
        MigrateConnectionDetails bean = details.getIfAvailable();
        boolean url = StringUtils.hasText(properties.getUrl());
        if (bean instanceof PropertiesMigrateConnectionDetails) {
            return url ? bean : null;
        }
        if (bean == null && url) {
            return new PropertiesMigrateConnectionDetails(properties);
        }
        return bean;
    }

    private static MigrationsDataSource.@Nullable ApplicationConnection applicationConnection(
            ObjectProvider<JdbcConnectionDetails> connectionDetails,
            ObjectProvider<DataSourceProperties> dataSourceProperties) {
        JdbcConnectionDetails details = connectionDetails.getIfAvailable();
        if (details != null) {
            return MigrationsDataSource.ApplicationConnection.of(details);
        }
        DataSourceProperties properties = dataSourceProperties.getIfAvailable();
        return properties == null ? null : MigrationsDataSource.ApplicationConnection.of(properties);
    }

    /** Starts the application's Hibernate, if it has one; our integrator records the model as it boots. */
    private static Optional<EntityModel> entityModel(Migrations migrations, ListableBeanFactory beanFactory) {
        ClassLoader loader = MigrateAutoConfiguration.class.getClassLoader();
        if (migrations.entityModel().isEmpty() && ClassUtils.isPresent(ENTITY_MANAGER_FACTORY, loader)) {
            beanFactory.getBeansOfType(ClassUtils.resolveClassName(ENTITY_MANAGER_FACTORY, loader));
        }
        return migrations.entityModel();
    }

    private static Questioner questioner(MigrateProperties properties) {
        return properties.isInteractive() ? ConsoleQuestioner.forThisProcess() : Questioner.nonInteractive();
    }

    /**
     * Migrations need a DataSource they can tell apart: the only (or primary) one, one marked
     * {@link MigrateDataSource}, or their own from a {@link MigrateConnectionDetails} bean or migrate.url.
     */
    static final class MigrationsDataSourceCondition extends AnyNestedCondition {

        MigrationsDataSourceCondition() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnSingleCandidate(DataSource.class)
        static final class SingleDataSource {
        }

        @ConditionalOnBean(value = DataSource.class, annotation = MigrateDataSource.class)
        static final class MarkedDataSource {
        }

        @ConditionalOnProperty("migrate.url")
        static final class OwnUrl {
        }

        @ConditionalOnBean(MigrateConnectionDetails.class)
        static final class OwnConnectionDetails {
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = { "org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer",
            "org.hibernate.integrator.spi.Integrator" })
    static class HibernateModelConfiguration {

        @Bean
        @ConditionalOnMissingBean
        ModelChangesHandler migrateModelChangesHandler(Migrations migrations, MigrateProperties properties,
                MigrateStartup startup) {
            return new ModelChangesHandler(migrations, properties, startup);
        }

        @Bean
        MigrateHibernatePropertiesCustomizer migrateHibernatePropertiesCustomizer(ModelChangesHandler handler,
                MigrateStartup startup, MigrateProperties properties) {
            return new MigrateHibernatePropertiesCustomizer(handler, startup, properties.getCommand() != null,
                    properties.getModelChanges() == MigrateProperties.ModelChanges.GENERATE);
        }
    }
}
