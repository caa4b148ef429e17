package dev.migrate.jpa.zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.time.LocalTime;

/** Composite key through an id class. */
@Entity
@IdClass(ShiftKey.class)
public class Shift {

    @Id
    @Column(length = 12)
    private String keeperCode;

    @Id
    private int weekday;

    private LocalTime startsAt;
}
