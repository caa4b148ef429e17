/**
 * The Liquibase import: reads an XML changelog (with its includes, properties, contexts and dbms) and
 * writes migration files for what it can convert, keeping data changes as SQL and refusing, with the
 * file and line, what migrate cannot express.
 */
@NullMarked
package dev.migrate.liquibase;

import org.jspecify.annotations.NullMarked;
