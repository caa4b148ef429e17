package dev.migrate.example;

import dev.migrate.testing.DatabaseKind;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test class runs the application on a real database of this kind (a container when a Docker
 * engine is available, else the server of the environment's variables). When neither can be had,
 * each test is reported skipped, with the variable to set, before the application starts (it would
 * otherwise start on the embedded H2 and pass for the wrong database). A class that makes its
 * database in {@code @BeforeAll} makes none then ({@link ExampleDatabases#unavailable}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(ExampleDatabases.SkipWithoutDatabase.class)
@interface OnDatabase {

    DatabaseKind value();
}
