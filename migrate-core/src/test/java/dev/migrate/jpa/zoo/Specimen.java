package dev.migrate.jpa.zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.ColumnDefault;

/** Every basic type, identity key. */
@Entity
public class Specimen {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 80, nullable = false, unique = true)
    private String label;

    private String notes;

    private int primitiveInt;
    private Integer wrapperInt;
    private long primitiveLong;
    private Long wrapperLong;
    private short primitiveShort;
    private Short wrapperShort;
    private byte primitiveByte;
    private Byte wrapperByte;
    private boolean primitiveBoolean;
    private Boolean wrapperBoolean;
    private char primitiveChar;
    private Character wrapperChar;

    @Column(precision = 12, scale = 2)
    private BigDecimal weight;

    private BigDecimal defaultDecimal;

    @Column(precision = 30)
    private BigInteger population;

    private float primitiveFloat;
    private Float wrapperFloat;
    private double primitiveDouble;
    private Double wrapperDouble;

    private LocalDate bornOn;
    private LocalTime feedingTime;
    private LocalDateTime arrivedAt;

    @Column(secondPrecision = 3)
    private LocalDateTime checkedAt;

    private Instant lastSeen;
    private OffsetDateTime nextVisit;
    private UUID tag;

    @Enumerated(EnumType.ORDINAL)
    private Diet diet;

    @Column(length = 16)
    private byte[] fingerprint;

    @Lob
    private byte[] photo;

    @Lob
    private String biography;

    @ColumnDefault("'unknown'")
    private String origin;

    @ColumnDefault("0")
    private int legs;

    @ColumnDefault("1.5")
    private BigDecimal ration;

    @ColumnDefault("true")
    private boolean alive;

    @ColumnDefault("current_timestamp")
    private LocalDateTime registeredAt;
}
