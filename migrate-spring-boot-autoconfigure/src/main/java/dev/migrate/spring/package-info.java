/**
 * The Spring Boot integration: running the migrations at start-up (before JPA), the commands (`--migrate.command=...`), the properties, the entity model that `make` and `check` compare with the migrations, and the runtime hints for native images.
 */
@NullMarked
package dev.migrate.spring;

import org.jspecify.annotations.NullMarked;
