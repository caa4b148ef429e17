package dev.migrate.oracle.evolution.step07;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Step 7: Makes Animal.displayName nullable. */
public final class Model {

    private Model() {
    }

    @Entity(name = "Enclosure")
    public static class Enclosure {

        @Id
        @GeneratedValue
        private Long id;

        @Column(nullable = false, length = 80)
        private String name;

        private Integer capacity;
    }

    @Entity(name = "Animal")
    public static class Animal {

        @Id
        @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "animal_ids")
        @SequenceGenerator(name = "animal_ids", sequenceName = "animal_seq", allocationSize = 10)
        private Long id;

        @Column(length = 50)
        private String displayName;

        @Column(precision = 8, scale = 2)
        private BigDecimal weight;

        private LocalDate bornOn;

        @ManyToOne(optional = false)
        @JoinColumn(name = "home_id", foreignKey = @ForeignKey(name = "fk_animal_home"))
        private Enclosure home;
    }

    @Entity(name = "Caretaker")
    public static class Caretaker {

        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;

        @Column(nullable = false, length = 100)
        private String fullName;
    }

    @Entity(name = "Ticket")
    public static class Ticket {

        @Id
        @GeneratedValue
        private Long id;

        @Column(precision = 8, scale = 2, nullable = false)
        private BigDecimal price;
    }

    @Entity(name = "Staff")
    @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
    @DiscriminatorColumn(name = "kind", length = 10)
    public static class Staff {

        @Id
        @GeneratedValue
        private Long id;

        @Column(nullable = false, length = 100)
        private String fullName;
    }

    @Entity(name = "Vet")
    @DiscriminatorValue("VET")
    public static class Vet extends Staff {

        @Column(length = 20)
        private String licence;
    }
}
