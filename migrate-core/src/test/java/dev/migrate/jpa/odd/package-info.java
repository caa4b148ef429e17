/** Mappings the schema reader rejects, one entity each. */
package dev.migrate.jpa.odd;
