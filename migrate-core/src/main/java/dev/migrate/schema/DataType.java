package dev.migrate.schema;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The portable, logical column types. Each dialect renders them the way Hibernate maps the same
 * Java type on its database.
 */
public enum DataType {
    BIGINT("bigint", Size.NONE),
    INTEGER("integer", Size.NONE),
    SMALLINT("smallint", Size.NONE),
    TINYINT("tinyint", Size.NONE),
    BOOLEAN("boolean", Size.NONE),
    /** Exact numeric with precision and scale. */
    DECIMAL("decimal", Size.PRECISION_SCALE),
    /** Single precision floating point (Java {@code float}). */
    FLOAT("float", Size.NONE),
    /** Double precision floating point (Java {@code double}). */
    DOUBLE("double", Size.NONE),
    CHAR("char", Size.LENGTH),
    VARCHAR("varchar", Size.LENGTH),
    /**
     * Unbounded character string, as standard SQL spells {@code text} in a column definition
     * ({@code text} on PostgreSQL and MariaDB, a character large object on H2).
     */
    TEXT("text", Size.NONE),
    /** Character large object (Java {@code @Lob String}). */
    CLOB("clob", Size.NONE),
    DATE("date", Size.NONE),
    /** Time of day; the size is the fractional seconds precision. */
    TIME("time", Size.OPTIONAL_PRECISION),
    /** Date and time without time zone; the size is the fractional seconds precision. */
    TIMESTAMP("timestamp", Size.OPTIONAL_PRECISION),
    /** Date and time with time zone (Java {@code Instant}, {@code OffsetDateTime}). */
    TIMESTAMP_TZ("timestamp with time zone", Size.OPTIONAL_PRECISION),
    UUID("uuid", Size.NONE),
    /** Variable length binary (Java {@code byte[]}). */
    VARBINARY("varbinary", Size.LENGTH),
    /** Binary large object (Java {@code @Lob byte[]}). */
    BLOB("blob", Size.NONE),
    /** A JSON document ({@code @JdbcTypeCode(SqlTypes.JSON)}): {@code jsonb} on PostgreSQL, {@code json} elsewhere. */
    JSON("json", Size.NONE),
    /**
     * A STRING enum: one of a list of values. Databases with an enum type get it (MariaDB, H2);
     * the others a {@code varchar} of the length with a check on the values (PostgreSQL), as
     * Hibernate maps it on each.
     */
    ENUM("enum", Size.VALUES),
    /**
     * A type with no portable meaning, carried as written ({@code native:jsonb}) and sent to every
     * database as it is.
     */
    NATIVE("native", Size.DEFINITION);

    /** Which numbers, if any, go in parentheses after the type's name. */
    public enum Size {
        NONE, LENGTH, PRECISION_SCALE, OPTIONAL_PRECISION,
        /** A list of values and an optional length (the varchar's where there is no enum type). */
        VALUES,
        /** The native type's text. */
        DEFINITION
    }

    private final String sqlName;
    private final Size size;

    DataType(String sqlName, Size size) {
        this.sqlName = sqlName;
        this.size = size;
    }

    /** The lower-case name used in migration files, for example {@code varchar}. */
    public String sqlName() {
        return sqlName;
    }

    public Size size() {
        return size;
    }

    public static @Nullable DataType fromSqlName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (DataType type : values()) {
            if (type.sqlName.equals(wanted)) {
                return type;
            }
        }
        return null;
    }
}
