package dev.migrate.jpa.odd;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.GeneratedColumn;

@Entity
public class GeneratedTotal {

    @Id
    private Long id;

    private int quantity;

    @GeneratedColumn("quantity * 2")
    private Integer doubled;
}
