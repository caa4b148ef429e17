package dev.migrate.jpa.zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {

    @Column(length = 100)
    private String street;

    @Column(length = 60, nullable = false)
    private String city;

    @Column(length = 10)
    private String postCode;
}
