package dev.migrate.jpa.zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.TableGenerator;
import java.math.BigDecimal;

/** TABLE_PER_CLASS inheritance with an abstract root (no table of its own); explicit table generator. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Ticket {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ticket_ids")
    @TableGenerator(name = "ticket_ids", table = "id_blocks", pkColumnName = "block_name",
            valueColumnName = "next_block", pkColumnValue = "ticket", allocationSize = 25)
    private Long id;

    @Column(precision = 8, scale = 2, nullable = false)
    private BigDecimal price;
}
