package dev.migrate.schema;

import org.jspecify.annotations.Nullable;

/**
 * A column of a table.
 *
 * @param defaultValue the column's default, else null
 * @param autoIncrement whether the database generates the value (an identity column)
 */
public record Column(String name, ColumnType type, boolean nullable, @Nullable DefaultValue defaultValue,
        boolean autoIncrement) {

    public Column {
        name = Identifiers.require(name, "column");
        if (type == null) {
            throw new IllegalArgumentException("column " + name + " has no type");
        }
        if (autoIncrement && defaultValue != null) {
            throw new IllegalArgumentException("column " + name + " is auto-increment and cannot have a default");
        }
    }

    public static Column of(String name, ColumnType type, boolean nullable) {
        return new Column(name, type, nullable, null, false);
    }

    public Column withName(String newName) {
        return new Column(newName, type, nullable, defaultValue, autoIncrement);
    }

    public Column withType(ColumnType newType) {
        return new Column(name, newType, nullable, defaultValue, autoIncrement);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultValue, autoIncrement);
    }

    public Column withDefaultValue(@Nullable DefaultValue newDefault) {
        return new Column(name, type, nullable, newDefault, autoIncrement);
    }

    @Override
    public String toString() {
        return name + " " + type + (nullable ? "" : " not null")
                + (defaultValue == null ? "" : " default " + defaultValue)
                + (autoIncrement ? " auto-increment" : "");
    }

    /**
     * Written out rather than the record's: a start compares every column of every table, and the
     * record's own equals goes through method handles that a cold JVM sets up and interprets slowly.
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Column that && nullable == that.nullable
                && autoIncrement == that.autoIncrement && name.equals(that.name) && type.equals(that.type)
                && java.util.Objects.equals(defaultValue, that.defaultValue);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, type, nullable, defaultValue, autoIncrement);
    }
}
