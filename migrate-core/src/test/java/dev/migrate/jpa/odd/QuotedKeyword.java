package dev.migrate.jpa.odd;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Quoted in lower case: "order" on PostgreSQL and MariaDB, but not the ORDER migrate makes on H2. */
@Entity
@Table(name = "\"order\"")
public class QuotedKeyword {

    @Id
    private Long id;
}
