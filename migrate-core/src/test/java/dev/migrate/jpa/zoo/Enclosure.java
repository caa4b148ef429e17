package dev.migrate.jpa.zoo;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.Set;

/**
 * Table-level unique constraints (named and unnamed) and indexes with column order and DESC,
 * embedded values with overrides, an element collection; default sequence generator.
 */
@Entity
@Table(name = "enclosures",
        uniqueConstraints = {
            @UniqueConstraint(name = "uk_enclosure_zone_number", columnNames = {"zone", "number"}),
            @UniqueConstraint(columnNames = {"name"})},
        indexes = {
            @Index(name = "idx_enclosure_capacity_zone", columnList = "capacity desc, zone"),
            @Index(name = "idx_enclosure_city", columnList = "city", unique = true),
            @Index(columnList = "opened_on")})
public class Enclosure extends Tracked {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, length = 40)
    private String name;

    @Column(nullable = false, length = 2)
    private String zone;

    private int number;

    private Integer capacity;

    private java.time.LocalDate openedOn;

    @Embedded
    private Address location;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "street", column = @Column(name = "billing_street", length = 120)),
        @AttributeOverride(name = "city", column = @Column(name = "billing_city", length = 60)),
        @AttributeOverride(name = "postCode", column = @Column(name = "billing_post_code", length = 10))})
    private Address billing;

    @ElementCollection
    @Column(name = "tag", length = 30)
    private Set<String> tags;
}
