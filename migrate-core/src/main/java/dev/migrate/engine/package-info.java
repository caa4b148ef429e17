/**
 * The engine: loading and ordering the migration files, planning and applying them (forwards and
 * back) under the database lock with the history table, and making, merging, squashing and naming
 * migrations.
 */
@NullMarked
package dev.migrate.engine;

import org.jspecify.annotations.NullMarked;
