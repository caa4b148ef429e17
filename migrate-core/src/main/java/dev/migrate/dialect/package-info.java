/**
 * The SQL dialects (PostgreSQL, MariaDB, H2): each operation's statements, the column types, the
 * history table's lock and the lock timeout.
 */
@NullMarked
package dev.migrate.dialect;

import org.jspecify.annotations.NullMarked;
