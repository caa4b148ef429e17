package dev.migrate.jpa.names;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Holds an entity as a static nested class, which Hibernate names after both classes, joined by $. */
public class Outer {

    @Entity
    @Table(indexes = @Index(name = "ix_入职日期", columnList = "入职日期"))
    public static class Inner {

        @Id
        private Long id;

        /** A name Hibernate writes unquoted, and each database takes. */
        @Column(name = "入职日期")
        private LocalDate hired;

        /** Quoted, but a name without letters that have case reads the same on every database. */
        @Column(name = "\"工号\"", unique = true)
        private String staffNumber;
    }
}
