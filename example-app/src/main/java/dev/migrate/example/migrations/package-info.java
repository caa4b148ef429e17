/**
 * The example application's data migrations in Java ({@code <java>} changes of its migration files).
 */
@NullMarked
package dev.migrate.example.migrations;

import org.jspecify.annotations.NullMarked;
