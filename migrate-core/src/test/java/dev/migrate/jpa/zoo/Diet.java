package dev.migrate.jpa.zoo;

public enum Diet {
    HERBIVORE, CARNIVORE, OMNIVORE
}
