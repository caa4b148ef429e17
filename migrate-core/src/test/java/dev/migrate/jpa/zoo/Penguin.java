package dev.migrate.jpa.zoo;

import jakarta.persistence.Entity;

@Entity
public class Penguin extends Animal {

    private Boolean canDive;
}
