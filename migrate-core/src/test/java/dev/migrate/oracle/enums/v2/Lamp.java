package dev.migrate.oracle.enums.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Step 2 of the enum evolution (see EnumEvolutionTestBase). */
@Entity
@Table(name = "lamp")
public class Lamp {

    public enum Shade { LIGHT, DARK, DIM }

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Shade shade;
}
