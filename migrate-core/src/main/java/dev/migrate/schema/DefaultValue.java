package dev.migrate.schema;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A column default, kept in the same four kinds as Liquibase's {@code defaultValue},
 * {@code defaultValueNumeric}, {@code defaultValueBoolean} and {@code defaultValueComputed}.
 */
public record DefaultValue(Kind kind, String value) {

    public enum Kind {
        /** A string literal; the value is the text without quotes. */
        STRING,
        NUMERIC,
        BOOLEAN,
        /** An SQL expression, such as {@code current_timestamp}, sent to the database as it is. */
        COMPUTED
    }

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    public DefaultValue {
        if (kind == null || value == null) {
            throw new IllegalArgumentException("a default value needs a kind and a value");
        }
        switch (kind) {
            case NUMERIC -> {
                if (!NUMBER.matcher(value).matches()) {
                    throw new IllegalArgumentException("'" + Messages.shorten(value) + "' is not a number");
                }
                // databases store numbers, not their spelling: 0.00 and 0 are the same default
                value = new BigDecimal(value).stripTrailingZeros().toPlainString();
            }
            case BOOLEAN -> {
                if (!value.equals("true") && !value.equals("false")) {
                    throw new IllegalArgumentException("'" + Messages.shorten(value) + "' is not a boolean: use true or false");
                }
            }
            case COMPUTED -> {
                if (value.isBlank()) {
                    throw new IllegalArgumentException("a computed default needs an expression");
                }
            }
            case STRING -> {
            }
        }
    }

    public static DefaultValue string(String value) {
        return new DefaultValue(Kind.STRING, value);
    }

    public static DefaultValue numeric(String value) {
        return new DefaultValue(Kind.NUMERIC, value);
    }

    public static DefaultValue bool(boolean value) {
        return new DefaultValue(Kind.BOOLEAN, Boolean.toString(value));
    }

    public static DefaultValue computed(String expression) {
        return new DefaultValue(Kind.COMPUTED, expression);
    }

    @Override
    public String toString() {
        return kind == Kind.STRING ? "'" + value.replace("'", "''") + "'" : value;
    }

    /** Written out rather than the record's, for the reason {@link Column#equals} gives. */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof DefaultValue that && kind == that.kind
                && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        int hash = kind.hashCode();
        hash = 31 * hash + value.hashCode();
        return hash;
    }
}
