package dev.migrate.jpa.definitions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;

/** Column definitions in the standard SQL spellings real models use, and one with no portable meaning. */
@Entity
public class Spellings {

    @Id
    @Column(columnDefinition = "BIGINT")
    private Long id;

    @Column(columnDefinition = "INT")
    private Integer anInt;

    @Column(columnDefinition = "INTEGER")
    private Integer anInteger;

    @Column(columnDefinition = "SMALLINT")
    private Short aSmallint;

    @Column(columnDefinition = "VARCHAR(20)")
    private String aVarchar;

    @Column(columnDefinition = "CHAR(3)")
    private String aChar;

    @Column(columnDefinition = "TEXT")
    private String aText;

    @Column(columnDefinition = "DOUBLE PRECISION")
    private Double aDouble;

    @Column(columnDefinition = "NUMERIC(10,2)")
    private BigDecimal aNumeric;

    @Column(columnDefinition = "TIMESTAMP")
    private LocalDateTime aTimestamp;

    @Column(columnDefinition = "BOOLEAN")
    private Boolean aBoolean;

    @Column(columnDefinition = "UUID")
    private UUID aUuid;

    @Column(columnDefinition = "JSONB")
    private String aJsonb;

    @Column(columnDefinition = "inet")
    private String anInet;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(columnDefinition = "varchar(32)")
    private java.time.DayOfWeek aDay;
}
