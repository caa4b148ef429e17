package dev.migrate.jpa.zoo;

import jakarta.persistence.Entity;
import java.time.LocalDate;

@Entity
public class DayTicket extends Ticket {

    private LocalDate validOn;
}
