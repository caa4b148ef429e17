package dev.migrate.jpa.names;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * What {@code @Table(schema = "inventory")} becomes once the schema is left to the connection, as
 * the refusal of a named schema advises.
 */
@Entity
public class InventoryItem {

    @Id
    private Long id;

    private String label;
}
