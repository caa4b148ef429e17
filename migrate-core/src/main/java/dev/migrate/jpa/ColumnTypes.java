package dev.migrate.jpa;

import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import java.util.Arrays;
import java.util.List;
import org.hibernate.boot.Metadata;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.Size;
import org.hibernate.mapping.BasicValue;
import org.hibernate.mapping.Column;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * Maps the JDBC type code and size Hibernate resolved for a column to our logical column type.
 * The table is documented on {@link HibernateSchemaReader}.
 */
final class ColumnTypes {

    /** The largest binary precision that is still single precision (IEEE 754 binary32). */
    private static final int SINGLE_PRECISION_BITS = 24;

    private ColumnTypes() {
    }

    /**
     * The column's type; an {@link UnsupportedMappingException} says what is wrong with it, and the
     * caller says where (the message is made only when it fails: this runs for every column at every start).
     */
    static ColumnType of(Column column, Metadata metadata, Dialect dialect) {
        String definition = column.getSqlType();
        if (definition != null) {
            return fromColumnDefinition(definition);
        }
        int code = column.getSqlTypeCode(metadata);
        List<String> enumValues = stringEnumValues(column, code);
        if (enumValues != null) {
            Long length = column.getLength();
            return ColumnType.enumOf(enumValues,
                    length == null || length == ColumnType.DEFAULT_ENUM_LENGTH ? null : Math.toIntExact(length));
        }
        Size size = column.getColumnSize(dialect, metadata);
        try {
            return switch (code) {
                case SqlTypes.BIGINT -> ColumnType.of(DataType.BIGINT);
                case SqlTypes.INTEGER -> ColumnType.of(DataType.INTEGER);
                case SqlTypes.SMALLINT -> ColumnType.of(DataType.SMALLINT);
                case SqlTypes.TINYINT -> ColumnType.of(DataType.TINYINT);
                case SqlTypes.BOOLEAN, SqlTypes.BIT -> ColumnType.of(DataType.BOOLEAN);
                case SqlTypes.NUMERIC, SqlTypes.DECIMAL -> decimal(size);
                case SqlTypes.REAL -> ColumnType.of(DataType.FLOAT);
                case SqlTypes.FLOAT -> ColumnType.of(size.getPrecision() != null
                        && size.getPrecision() <= SINGLE_PRECISION_BITS ? DataType.FLOAT : DataType.DOUBLE);
                case SqlTypes.DOUBLE -> ColumnType.of(DataType.DOUBLE);
                case SqlTypes.CHAR -> ColumnType.of(DataType.CHAR, length(size));
                case SqlTypes.VARCHAR -> ColumnType.of(DataType.VARCHAR, length(size));
                case SqlTypes.CLOB, SqlTypes.MATERIALIZED_CLOB -> ColumnType.of(DataType.CLOB);
                case SqlTypes.BLOB, SqlTypes.MATERIALIZED_BLOB -> ColumnType.of(DataType.BLOB);
                case SqlTypes.VARBINARY -> ColumnType.of(DataType.VARBINARY, length(size));
                // Where a database has no uuid type, Hibernate stores a UUID as binary(16).
                case SqlTypes.BINARY -> {
                    if (javaType(column) == java.util.UUID.class) {
                        yield ColumnType.of(DataType.UUID);
                    }
                    yield ColumnType.nativeType(column.getSqlType(metadata));
                }
                case SqlTypes.UUID -> ColumnType.of(DataType.UUID);
                case SqlTypes.JSON -> ColumnType.of(DataType.JSON);
                case SqlTypes.DATE -> ColumnType.of(DataType.DATE);
                case SqlTypes.TIME -> new ColumnType(DataType.TIME, size.getPrecision(), null);
                case SqlTypes.TIMESTAMP -> new ColumnType(DataType.TIMESTAMP, size.getPrecision(), null);
                case SqlTypes.TIMESTAMP_WITH_TIMEZONE, SqlTypes.TIMESTAMP_UTC ->
                        new ColumnType(DataType.TIMESTAMP_TZ, size.getPrecision(), null);
                case SqlTypes.NAMED_ENUM, SqlTypes.NAMED_ORDINAL_ENUM -> throw new UnsupportedMappingException(
                        "a PostgreSQL named enum type (@JdbcTypeCode(SqlTypes.NAMED_ENUM)) is not supported, since"
                        + " Hibernate creates that type itself; map the enum with @Enumerated(EnumType.STRING) instead,"
                        + " which is an enum type on MariaDB and H2 and a varchar with a check on PostgreSQL");
                // JSON, XML, arrays, intervals, spatial types...: as Hibernate declares them on this database
                default -> ColumnType.nativeType(column.getSqlType(metadata));
            };
        } catch (IllegalArgumentException e) {
            throw new UnsupportedMappingException(String.valueOf(e.getMessage()), e);
        }
    }

    /**
     * A STRING enum's values, whichever way the dialect stores it (a native enum type on MariaDB and
     * H2, varchar with a check on PostgreSQL), or null for any other column: the constants' names,
     * in their order (dialects with an enum type sort them, as Hibernate does).
     */
    static @Nullable List<String> stringEnumValues(Column column, int code) {
        if (code != SqlTypes.ENUM && code != SqlTypes.VARCHAR && code != SqlTypes.CHAR
                && code != SqlTypes.NVARCHAR && code != SqlTypes.NCHAR) {
            return null;
        }
        if (!(column.getValue() instanceof BasicValue value) || value.getColumnSpan() != 1) {
            return null;
        }
        Class<?> relational = value.resolve().getRelationalJavaType().getJavaTypeClass();
        if (!relational.isEnum()) {
            return null;
        }
        return Arrays.stream(relational.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    }

    /**
     * A column definition in a standard spelling is the logical type it means ({@code INT},
     * {@code VARCHAR(20)}, {@code DOUBLE PRECISION}, {@code TEXT}); any other is a native type,
     * carried as written.
     */
    private static ColumnType fromColumnDefinition(String definition) {
        try {
            return ColumnType.parse(definition);
        } catch (IllegalArgumentException e) {
            return ColumnType.nativeType(definition);
        }
    }

    private static ColumnType decimal(Size size) {
        if (size.getPrecision() == null) {
            throw unsupported("decimal without a precision");
        }
        return ColumnType.decimal(size.getPrecision(), size.getScale() == null ? 0 : size.getScale());
    }

    private static int length(Size size) {
        if (size.getLength() == null) {
            throw unsupported("character or binary type without a length");
        }
        return Math.toIntExact(size.getLength());
    }

    private static @Nullable Class<?> javaType(Column column) {
        try {
            return column.getType().getJavaTypeDescriptor().getJavaTypeClass();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static UnsupportedMappingException unsupported(String what) {
        return new UnsupportedMappingException(what + " has no portable column type");
    }
}
