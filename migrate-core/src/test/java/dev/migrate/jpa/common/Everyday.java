package dev.migrate.jpa.common;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The Java types real entity models use, beyond the zoo's, each with a portable type (not here:
 * basic arrays and {@code OffsetTime}, which Hibernate maps differently on each database).
 */
@Entity
public class Everyday {

    public enum Level { LOW, HIGH }

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private int version;

    private BigInteger big;
    private BigDecimal money;
    private Duration duration;
    private ZonedDateTime zoned;
    private OffsetDateTime offsetDateTime;
    private Instant instant;
    private LocalDate localDate;
    private LocalTime timeOfDay;
    private LocalDateTime localDateTime;
    private Year year;
    private Date legacyDate;
    private URL url;
    private Locale locale;
    private Currency currency;
    private TimeZone timeZone;
    private UUID uuid;
    private Character letter;
    private char[] chars;
    private byte[] bytes;
    @Lob
    private char[] lobChars;
    @Lob
    private String lobText;
    @Column(length = 100_000)
    private String longText;
    @Enumerated(EnumType.STRING)
    private Level level;
    @Enumerated
    private Level ordinalLevel;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> attributes;
    @JdbcTypeCode(SqlTypes.JSON)
    private String jsonText;
    @ElementCollection
    private Set<String> labels;
    @ElementCollection
    @Enumerated(EnumType.STRING)
    private Set<Level> levels;
}
