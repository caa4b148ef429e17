package dev.migrate.jpa.odd;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class UpperCaseUmlaut {

    @Id
    private Long id;

    /** PostgreSQL keeps Ä as it is in an unquoted name; H2 and MariaDB ignore its case. */
    @Column(name = "Ärger")
    private String trouble;
}
