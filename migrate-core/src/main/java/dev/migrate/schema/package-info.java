/**
 * The schema model: immutable, dialect-neutral values (tables, columns with logical types, keys, indexes, sequences) that compare with {@code equals}.
 */
@NullMarked
package dev.migrate.schema;

import org.jspecify.annotations.NullMarked;
