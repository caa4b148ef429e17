/**
 * The JPA side: the Hibernate boot metamodel read as a schema, and {@link dev.migrate.jpa.RenamedFrom}. Needs Hibernate on the class path.
 */
@NullMarked
package dev.migrate.jpa;

import org.jspecify.annotations.NullMarked;
