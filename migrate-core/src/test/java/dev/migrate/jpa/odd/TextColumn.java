package dev.migrate.jpa.odd;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class TextColumn {

    @Id
    private Long id;

    @Column(columnDefinition = "text")
    private String body;
}
