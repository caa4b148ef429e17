package dev.migrate.jpa.zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.PrimaryKeyJoinColumn;
import java.util.Set;

@Entity
@PrimaryKeyJoinColumn(name = "staff_id")
public class Vet extends Staff {

    @Column(nullable = false, length = 20)
    private String licence;

    @ManyToMany
    @JoinTable(name = "vet_patients",
            joinColumns = @JoinColumn(name = "vet_id"),
            inverseJoinColumns = @JoinColumn(name = "patient_id"))
    private Set<Animal> patients;
}
