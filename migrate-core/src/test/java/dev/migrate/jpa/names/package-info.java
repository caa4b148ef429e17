/** Names beyond ASCII letters, digits and underscores, which Hibernate and the databases accept. */
package dev.migrate.jpa.names;
