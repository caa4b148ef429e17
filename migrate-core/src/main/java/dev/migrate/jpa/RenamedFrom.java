package dev.migrate.jpa;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that an entity's table or a field's column had another name before, so that the next
 * migration renames it instead of dropping it (and its data) and adding a new one:
 * <pre>
 * &#64;Entity &#64;RenamedFrom("writer")
 * class Author { &#64;RenamedFrom("name") String title; }
 * </pre>
 * The value is the old name as the database has it: the old table name on an entity, the old
 * column name on a field. Once the rename is in a migration the annotation does nothing and may be
 * removed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
public @interface RenamedFrom {

    /** The old table name (on an entity) or column name (on a field or getter). */
    String value();
}
