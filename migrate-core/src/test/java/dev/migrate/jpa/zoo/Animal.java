package dev.migrate.jpa.zoo;

import jakarta.persistence.ConstraintMode;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** SINGLE_TABLE inheritance with a discriminator; sequence key; many-to-one and one-to-one. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind", length = 20)
public abstract class Animal {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "animal_ids")
    @SequenceGenerator(name = "animal_ids", sequenceName = "animal_seq", allocationSize = 10)
    private Long id;

    private String name;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "home_id", foreignKey = @ForeignKey(name = "fk_animal_home"))
    private Enclosure home;

    @ManyToOne
    @OnDelete(action = OnDeleteAction.SET_NULL)
    private Enclosure previousHome;

    @ManyToOne
    @JoinColumn(name = "mother_id", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
    private Animal mother;

    @OneToOne
    @JoinColumn(name = "passport_id")
    private Passport passport;
}
