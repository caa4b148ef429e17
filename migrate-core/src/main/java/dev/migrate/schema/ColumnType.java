package dev.migrate.schema;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A logical column type with its size: {@code varchar(200)}, {@code decimal(10,2)},
 * {@code timestamp(6) with time zone}, {@code bigint}.
 *
 * @param type the logical type
 * @param size the length (char, varchar, varbinary), the precision (decimal) or the fractional
 *        seconds precision (time, timestamp); null where the type takes none
 * @param scale the scale of a decimal, else null
 */
public record ColumnType(DataType type, Integer size, Integer scale) {

    private static final Pattern TEXT = Pattern.compile(
            "([a-z][a-z ]*?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?(\\s+with time zone)?");

    public ColumnType {
        if (type == null) {
            throw new IllegalArgumentException("column type is missing");
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
        }
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

    /** Parses the text form used in migration files, for example {@code varchar(200)}. */
    public static ColumnType parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("column type is missing");
        }
        Matcher m = TEXT.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw unknown(text);
        }
        String name = m.group(1).trim() + (m.group(4) != null ? " with time zone" : "");
        DataType type = DataType.fromSqlName(name);
        if (type == null) {
            throw unknown(text);
        }
        Integer size = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer scale = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        return new ColumnType(type, size, scale);
    }

    private static IllegalArgumentException unknown(String text) {
        return new IllegalArgumentException("Unknown column type '" + text + "'; expected one of "
                + Arrays.stream(DataType.values()).map(DataType::sqlName).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        String base = type == DataType.TIMESTAMP_TZ ? "timestamp" : type.sqlName();
        String sized = size == null ? base : base + "(" + size + (scale == null ? "" : "," + scale) + ")";
        return type == DataType.TIMESTAMP_TZ ? sized + " with time zone" : sized;
    }
}
