package dev.migrate.jpa.zoo;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("LION")
public class Lion extends Animal {

    private int maneLength;
}
