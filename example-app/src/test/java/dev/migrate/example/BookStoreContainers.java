package dev.migrate.example;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.containers.JdbcDatabaseContainer;

/**
 * The container of {@link BookStoreDatabaseTestBase}, when there is one, as a
 * {@code @ServiceConnection}; imported by each test class. A class of its own: nested in the test
 * class, Spring would detect it as a default configuration class and warn that it ignores it.
 */
@TestConfiguration(proxyBeanMethods = false)
class BookStoreContainers {

    @Bean
    @ServiceConnection
    @Conditional(ContainerStarted.class)
    JdbcDatabaseContainer<?> database() {
        return BookStoreDatabaseTestBase.container;
    }

    static final class ContainerStarted implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return BookStoreDatabaseTestBase.container != null;
        }
    }
}
