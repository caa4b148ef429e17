package dev.migrate.jpa.zoo;

import jakarta.persistence.Entity;
import java.time.LocalDate;

@Entity
public class SeasonTicket extends Ticket {

    private LocalDate validFrom;
    private LocalDate validUntil;
}
