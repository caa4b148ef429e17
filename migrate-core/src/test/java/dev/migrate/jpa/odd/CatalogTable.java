package dev.migrate.jpa.odd;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(catalog = "warehouse")
public class CatalogTable {

    @Id
    private Long id;
}
