package dev.migrate.jpa.zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

@Entity
public class Passport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "passport_ids")
    @SequenceGenerator(name = "passport_ids", sequenceName = "passport_numbers", initialValue = 1000, allocationSize = 20)
    private Long id;

    @Column(length = 20, nullable = false)
    private String issuer;
}
