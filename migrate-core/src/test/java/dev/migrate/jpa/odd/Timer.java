package dev.migrate.jpa.odd;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Duration;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An interval, which PostgreSQL and H2 have (Hibernate maps a plain {@code Duration} to decimal(21,0)). */
@Entity
public class Timer {

    @Id
    private Long id;

    @JdbcTypeCode(SqlTypes.INTERVAL_SECOND)
    private Duration timeout;
}
