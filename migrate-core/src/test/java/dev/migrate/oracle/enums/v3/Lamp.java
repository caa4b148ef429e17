package dev.migrate.oracle.enums.v3;

import dev.migrate.jpa.RenamedFrom;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Step 3 of the enum evolution (see EnumEvolutionTestBase). */
@Entity
@Table(name = "light")
@RenamedFrom("lamp")
public class Lamp {

    public enum Shade { LIGHT, DARK, DIM }

    @Id
    private Long id;

    @RenamedFrom("shade")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Shade tone;
}
