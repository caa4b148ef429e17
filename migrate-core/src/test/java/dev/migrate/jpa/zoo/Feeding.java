package dev.migrate.jpa.zoo;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;

/** Embedded id whose first part is also a foreign key. */
@Entity
public class Feeding {

    @EmbeddedId
    private FeedingId id;

    @MapsId("animalId")
    @ManyToOne
    private Animal animal;

    private int portions;
}
