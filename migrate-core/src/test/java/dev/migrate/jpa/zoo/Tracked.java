package dev.migrate.jpa.zoo;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** Columns every tracked entity inherits: optimistic lock version and creation time. */
@MappedSuperclass
public abstract class Tracked {

    @Version
    private long version;

    @Column(nullable = false)
    private LocalDateTime createdAt;
}
