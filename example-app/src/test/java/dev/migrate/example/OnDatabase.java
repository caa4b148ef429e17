package dev.migrate.example;

import dev.migrate.testing.DatabaseKind;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test class runs the application on a real database of this kind, served by
 * {@link ExampleDatabases} (a {@code @ServiceConnection} container, else the environment's server).
 * When neither can be had, each test is reported skipped, with the reason, before the application
 * starts (it would otherwise start on the embedded H2 and pass for the wrong database).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(ExampleDatabases.Condition.class)
@interface OnDatabase {

    DatabaseKind value();
}
