package dev.migrate.jpa.zoo;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToMany;
import java.util.Set;

@Entity
public class Keeper extends Staff {

    private int yearsOfService;

    @ManyToMany
    private Set<Animal> animals;
}
