package dev.migrate.jpa.zoo;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Subselect;

/** A read-only entity over a query: no table of its own. */
@Entity
@Immutable
@Subselect("select home_id as enclosure_id, count(*) as animals from animal group by home_id")
public class AnimalCount {

    @Id
    private Long enclosureId;

    private long animals;
}
