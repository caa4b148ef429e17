/**
 * Connection details from a Docker Compose service that Spring Boot serves as a JDBC database.
 */
@NullMarked
package dev.migrate.spring.docker.compose;

import org.jspecify.annotations.NullMarked;
