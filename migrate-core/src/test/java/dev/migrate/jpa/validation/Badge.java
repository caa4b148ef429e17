package dev.migrate.jpa.validation;

import dev.migrate.jpa.zoo.Status;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** A STRING enum, which Hibernate declares as a native enum type on MariaDB and H2. */
@Entity
public class Badge {

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
}
