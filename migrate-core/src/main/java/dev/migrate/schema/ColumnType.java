package dev.migrate.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A logical column type with its size: {@code varchar(200)}, {@code decimal(10,2)},
 * {@code timestamp(6) with time zone}, {@code bigint}, {@code enum('ACTIVE','RETIRED')}.
 *
 * <p>A type keeps what was written (a file's {@code timestamp} stays {@code timestamp}), but two
 * types that mean the same compare equal: a time without a precision is {@code time(0)}, a
 * timestamp without one {@code timestamp(6)}, an enum without a length has Hibernate's 255 and its
 * values in any order, and native types compare without regard to case and spacing.
 *
 * @param type the logical type
 * @param size the length (char, varchar, varbinary, and optionally enum), the precision (decimal)
 *        or the fractional seconds precision (time, timestamp); null where the type takes none
 * @param scale the scale of a decimal, else null
 * @param values an enum's values, in the order given (the enum's constants); else empty (null is taken
 *        as empty). Their order does not change what is stored: enums with the same values compare equal
 * @param definition a native type's text, else null
 */
public record ColumnType(DataType type, @Nullable Integer size, @Nullable Integer scale, List<String> values,
        @Nullable String definition) {

    /** Fractional seconds precision of a time without one, as Hibernate uses for a {@code LocalTime}. */
    public static final int DEFAULT_TIME_PRECISION = 0;
    /** Fractional seconds precision of a timestamp without one, as Hibernate uses. */
    public static final int DEFAULT_TIMESTAMP_PRECISION = 6;
    /** Hibernate's default column length. */
    public static final int DEFAULT_LENGTH = 255;
    /** The varchar length of an enum without one: Hibernate's default column length. */
    public static final int DEFAULT_ENUM_LENGTH = DEFAULT_LENGTH;
    /** The prefix of a native type in migration files. */
    public static final String NATIVE_PREFIX = "native:";

    /**
     * Each spelling parsed once: a project writes a handful of them thousands of times, and parsing
     * with regular expressions was a third of reading a file in a cold JVM. Spellings that fail are
     * not kept; the limit keeps generated or hostile input from growing it without end.
     */
    private static final Map<String, ColumnType> PARSED = new ConcurrentHashMap<>();
    private static final int PARSED_LIMIT = 10_000;

    private static final Pattern PLAIN = Pattern.compile(
            "([a-z][a-z0-9 ]*?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?\\s*(with time zone|without time zone)?");
    private static final Pattern ENUM = Pattern.compile("enum\\s*\\((.*)\\)", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern ENUM_ITEM = Pattern.compile("\\s*(?:(\\d+)|'((?:[^']|'')*)')\\s*(,|$)");
    private static final int MAX_SINGLE_PRECISION_BITS = 24;

    /** Standard SQL and common database spellings, each with the logical type it means. */
    private static final Map<String, DataType> SPELLINGS = Map.ofEntries(
            Map.entry("int", DataType.INTEGER), Map.entry("int4", DataType.INTEGER),
            Map.entry("int8", DataType.BIGINT), Map.entry("int2", DataType.SMALLINT),
            Map.entry("bool", DataType.BOOLEAN),
            Map.entry("numeric", DataType.DECIMAL), Map.entry("dec", DataType.DECIMAL),
            Map.entry("real", DataType.FLOAT), Map.entry("float4", DataType.FLOAT),
            Map.entry("double precision", DataType.DOUBLE), Map.entry("float8", DataType.DOUBLE),
            Map.entry("character", DataType.CHAR),
            Map.entry("character varying", DataType.VARCHAR),
            Map.entry("character large object", DataType.CLOB),
            Map.entry("binary large object", DataType.BLOB),
            Map.entry("binary varying", DataType.VARBINARY),
            Map.entry("datetime", DataType.TIMESTAMP),
            Map.entry("timestamptz", DataType.TIMESTAMP_TZ),
            Map.entry("jsonb", DataType.JSON));

    public ColumnType(DataType type, @Nullable Integer size, @Nullable Integer scale, @Nullable List<String> values,
            @Nullable String definition) {
        if (type == null) {
            throw new IllegalArgumentException("column type is missing");
        }
        values = values == null ? List.of() : List.copyOf(values);
        if (type != DataType.ENUM && !values.isEmpty()) {
            throw new IllegalArgumentException("type " + type.sqlName() + " takes no values");
        }
        if (type != DataType.NATIVE && definition != null) {
            throw new IllegalArgumentException("type " + type.sqlName() + " takes no definition");
        }
        switch (type.size()) {
            case NONE -> {
                if (size != null || scale != null) {
                    throw new IllegalArgumentException("type " + type.sqlName() + " takes no size");
                }
            }
            case LENGTH -> {
                if (size == null || size <= 0 || scale != null) {
                    throw new IllegalArgumentException("type " + type.sqlName() + " needs a positive length, as in "
                            + type.sqlName() + "(255)");
                }
            }
            case PRECISION_SCALE -> {
                if (size == null || size <= 0 || scale == null || scale < 0 || scale > size) {
                    throw new IllegalArgumentException("type " + type.sqlName()
                            + " needs a precision and a scale no larger than it, as in decimal(10,2)");
                }
            }
            case OPTIONAL_PRECISION -> {
                if (scale != null || (size != null && (size < 0 || size > 9))) {
                    throw new IllegalArgumentException("type " + type.sqlName()
                            + " takes only a fractional seconds precision from 0 to 9");
                }
            }
            case VALUES -> {
                if (scale != null || (size != null && size <= 0)) {
                    throw new IllegalArgumentException("an enum takes only a positive length before its values,"
                            + " as in enum(20, 'A', 'B')");
                }
                if (values.isEmpty()) {
                    throw new IllegalArgumentException("an enum needs at least one value, as in enum('A', 'B')");
                }
                if (values.stream().distinct().count() != values.size()) {
                    throw new IllegalArgumentException("an enum lists the value '" + Messages.shorten(twice(values)) + "' twice");
                }
                if (values.stream().anyMatch(v -> v.isEmpty() || v.indexOf('\0') >= 0)) {
                    throw new IllegalArgumentException("an enum value must not be empty or hold a NUL character");
                }
            }
            case DEFINITION -> {
                if (size != null || scale != null || definition == null || definition.isBlank()) {
                    throw new IllegalArgumentException("a native type needs its definition, as in native:jsonb");
                }
                if (definition.contains(";") || definition.contains("--") || definition.contains("/*")) {
                    throw new IllegalArgumentException("native type '" + Messages.shorten(definition)
                            + "' holds a statement separator or a comment");
                }
                definition = definition.strip();
            }
        }
        this.type = type;
        this.size = size;
        this.scale = scale;
        this.values = values;
        this.definition = definition;
    }

    public ColumnType(DataType type, @Nullable Integer size, @Nullable Integer scale) {
        this(type, size, scale, List.of(), null);
    }

    public static ColumnType of(DataType type) {
        return new ColumnType(type, null, null);
    }

    public static ColumnType of(DataType type, int size) {
        return new ColumnType(type, size, null);
    }

    public static ColumnType decimal(int precision, int scale) {
        return new ColumnType(DataType.DECIMAL, precision, scale);
    }

    /** A STRING enum; {@code length} (null for Hibernate's 255) is the varchar's where there is no enum type. */
    public static ColumnType enumOf(List<String> values, @Nullable Integer length) {
        return new ColumnType(DataType.ENUM, length, null, values, null);
    }

    /** A type with no portable meaning, sent to every database as written. */
    public static ColumnType nativeType(String definition) {
        return new ColumnType(DataType.NATIVE, null, null, List.of(), definition);
    }

    /** The length of an enum's varchar, Hibernate's default when none was given. */
    public int enumLength() {
        return size == null ? DEFAULT_ENUM_LENGTH : size;
    }

    /**
     * Parses the text form used in migration files, for example {@code varchar(200)}; also the
     * standard SQL spellings of the same types ({@code int}, {@code character varying(20)},
     * {@code double precision}, {@code numeric(10,2)}, {@code timestamptz}, ...).
     */
    public static ColumnType parse(@Nullable String text) {
        if (text == null) {
            throw new IllegalArgumentException("column type is missing");
        }
        ColumnType known = PARSED.get(text);
        if (known != null) {
            return known;
        }
        ColumnType parsed = parseUncached(text);
        if (PARSED.size() < PARSED_LIMIT) {
            PARSED.put(text, parsed);
        }
        return parsed;
    }

    private static ColumnType parseUncached(String text) {
        String trimmed = text.strip();
        if (trimmed.regionMatches(true, 0, NATIVE_PREFIX, 0, NATIVE_PREFIX.length())) {
            return nativeType(trimmed.substring(NATIVE_PREFIX.length()));
        }
        Matcher enumMatch = ENUM.matcher(trimmed);
        if (enumMatch.matches()) {
            return parseEnum(enumMatch.group(1), text);
        }
        Matcher m = PLAIN.matcher(trimmed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        if (!m.matches()) {
            throw unknown(text);
        }
        String name = m.group(1).trim();
        Integer size = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer scale = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        boolean withTimeZone = "with time zone".equals(m.group(4));
        DataType type = DataType.fromSqlName(name);
        if (type == null) {
            type = SPELLINGS.get(name);
        }
        if (name.equals("float") || name.equals("double")) {
            // float(p) is single precision up to 24 bits, double beyond (standard SQL)
            type = size == null ? type : size <= MAX_SINGLE_PRECISION_BITS ? DataType.FLOAT : DataType.DOUBLE;
            size = null;
        }
        if (type == null || type == DataType.ENUM || type == DataType.NATIVE) {
            throw unknown(text);
        }
        if (withTimeZone) {
            if (type != DataType.TIMESTAMP && type != DataType.TIMESTAMP_TZ) {
                throw unknown(text);
            }
            type = DataType.TIMESTAMP_TZ;
        }
        switch (type) {
            // a display width (MySQL's int(11), tinyint(1)) does not change what is stored
            case BIGINT, INTEGER, SMALLINT, TINYINT -> {
                if (scale == null) {
                    size = null;
                }
            }
            case DECIMAL -> scale = size != null && scale == null ? Integer.valueOf(0) : scale;
            case CHAR -> size = size == null ? Integer.valueOf(1) : size;
            default -> {
            }
        }
        return new ColumnType(type, size, scale);
    }

    private static ColumnType parseEnum(String list, String text) {
        Integer length = null;
        List<String> values = new ArrayList<>();
        Matcher item = ENUM_ITEM.matcher(list);
        int at = 0;
        while (at < list.length()) {
            if (!item.find(at) || item.start() != at) {
                throw new IllegalArgumentException("Invalid enum type '" + Messages.shorten(text)
                        + "': write its values in single quotes, as in enum('A', 'B'), optionally after a length,"
                        + " as in enum(20, 'A', 'B')");
            }
            if (item.group(1) != null) {
                if (at != 0) {
                    throw new IllegalArgumentException("Invalid enum type '" + Messages.shorten(text)
                            + "': only the first item may be a length");
                }
                length = Integer.valueOf(item.group(1));
            } else {
                values.add(item.group(2).replace("''", "'"));
            }
            at = item.end();
            if (item.group(3).isEmpty()) {
                break;
            }
        }
        return enumOf(values, length);
    }

    private static String twice(List<String> values) {
        return values.stream().filter(v -> values.indexOf(v) != values.lastIndexOf(v)).findFirst().orElseThrow();
    }

    private static IllegalArgumentException unknown(String text) {
        return new IllegalArgumentException("Unknown column type '" + Messages.shorten(text) + "'; expected one of "
                + Arrays.stream(DataType.values()).filter(t -> t != DataType.NATIVE).map(DataType::sqlName)
                        .collect(Collectors.joining(", "))
                + ", or native:<type> for a type with no portable meaning");
    }

    /** The one form of all the spellings that mean this type: defaults made explicit. */
    public ColumnType normalized() {
        return switch (type) {
            case TIME -> size != null ? this : of(type, DEFAULT_TIME_PRECISION);
            case TIMESTAMP, TIMESTAMP_TZ -> size != null ? this : of(type, DEFAULT_TIMESTAMP_PRECISION);
            case ENUM -> enumOf(values.stream().sorted().toList(), enumLength());
            case NATIVE -> nativeType(Objects.requireNonNull(definition).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                    .replaceAll("\\s*([(),])\\s*", "$1"));
            default -> this;
        };
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ColumnType that)) {
            return false;
        }
        ColumnType a = normalized();
        ColumnType b = that.normalized();
        return a.type == b.type && Objects.equals(a.size, b.size) && Objects.equals(a.scale, b.scale)
                && a.values.equals(b.values) && Objects.equals(a.definition, b.definition);
    }

    @Override
    public int hashCode() {
        ColumnType n = normalized();
        return Objects.hash(n.type, n.size, n.scale, n.values, n.definition);
    }

    @Override
    public String toString() {
        return switch (type) {
            case NATIVE -> NATIVE_PREFIX + definition;
            case ENUM -> "enum(" + (size == null ? "" : size + ", ")
                    + values.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(", ")) + ")";
            case TIMESTAMP_TZ -> "timestamp" + (size == null ? "" : "(" + size + ")") + " with time zone";
            default -> type.sqlName() + (size == null ? "" : "(" + size + (scale == null ? "" : "," + scale) + ")");
        };
    }
}
