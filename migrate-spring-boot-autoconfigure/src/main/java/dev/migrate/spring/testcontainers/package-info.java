/**
 * Connection details from a Testcontainers {@code @ServiceConnection} JDBC container.
 */
@NullMarked
package dev.migrate.spring.testcontainers;

import org.jspecify.annotations.NullMarked;
