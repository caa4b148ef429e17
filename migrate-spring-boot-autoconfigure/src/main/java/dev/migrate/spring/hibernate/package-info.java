/**
 * The integration with the application's own Hibernate bootstrap, which hands the entity model to the comparison.
 */
@NullMarked
package dev.migrate.spring.hibernate;

import org.jspecify.annotations.NullMarked;
