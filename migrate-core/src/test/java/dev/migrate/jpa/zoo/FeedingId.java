package dev.migrate.jpa.zoo;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;

@Embeddable
public class FeedingId implements Serializable {

    private Long animalId;
    private LocalDate day;

    @Override
    public boolean equals(Object o) {
        return o instanceof FeedingId other && java.util.Objects.equals(animalId, other.animalId)
                && java.util.Objects.equals(day, other.day);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(animalId, day);
    }
}
