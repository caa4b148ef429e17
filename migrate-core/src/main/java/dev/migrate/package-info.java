/**
 * The library's root: {@link dev.migrate.MigrateException}, the root of its own errors, and
 * {@link dev.migrate.DataMigration}, a migration written in Java.
 */
@NullMarked
package dev.migrate;

import org.jspecify.annotations.NullMarked;
