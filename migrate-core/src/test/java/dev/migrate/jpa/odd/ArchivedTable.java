package dev.migrate.jpa.odd;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(schema = "inventory")
public class ArchivedTable {

    @Id
    private Long id;
}
