package dev.migrate.jpa.zoo;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.util.List;

/**
 * Default per-entity sequence; a reference to a TABLE_PER_CLASS root (which has no table, so no
 * foreign key); a reference to a UUID key; an ordered element collection of embeddables.
 */
@Entity
public class Visit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @ManyToOne
    private Ticket ticket;

    @ManyToOne
    private Registration registration;

    @Column(columnDefinition = "varchar(30)")
    private String remark;

    @ElementCollection
    @CollectionTable(name = "visit_stops")
    @OrderColumn
    private List<Address> stops;
}
