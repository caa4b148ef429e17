package dev.migrate.jpa;

import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import org.hibernate.boot.Metadata;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.Size;
import org.hibernate.mapping.Column;
import org.hibernate.type.SqlTypes;

/**
 * Maps the JDBC type code and size Hibernate resolved for a column to our logical column type.
 * The table is documented on {@link HibernateSchemaReader}.
 */
final class ColumnTypes {

    /** Hibernate's length for a column that has none of its own, which is what a STRING enum gets. */
    private static final int DEFAULT_LENGTH = 255;
    /** The largest binary precision that is still single precision (IEEE 754 binary32). */
    private static final int SINGLE_PRECISION_BITS = 24;

    private ColumnTypes() {
    }

    static ColumnType of(Column column, Metadata metadata, Dialect dialect, String where) {
        String definition = column.getSqlType();
        if (definition != null) {
            return fromColumnDefinition(definition, where);
        }
        int code = column.getSqlTypeCode(metadata);
        Size size = column.getColumnSize(dialect, metadata);
        try {
            return switch (code) {
                case SqlTypes.BIGINT -> ColumnType.of(DataType.BIGINT);
                case SqlTypes.INTEGER -> ColumnType.of(DataType.INTEGER);
                case SqlTypes.SMALLINT -> ColumnType.of(DataType.SMALLINT);
                case SqlTypes.TINYINT -> ColumnType.of(DataType.TINYINT);
                case SqlTypes.BOOLEAN, SqlTypes.BIT -> ColumnType.of(DataType.BOOLEAN);
                case SqlTypes.NUMERIC, SqlTypes.DECIMAL -> decimal(size, where);
                case SqlTypes.REAL -> ColumnType.of(DataType.FLOAT);
                case SqlTypes.FLOAT -> ColumnType.of(size.getPrecision() != null
                        && size.getPrecision() <= SINGLE_PRECISION_BITS ? DataType.FLOAT : DataType.DOUBLE);
                case SqlTypes.DOUBLE -> ColumnType.of(DataType.DOUBLE);
                case SqlTypes.CHAR -> ColumnType.of(DataType.CHAR, length(size, where));
                case SqlTypes.VARCHAR -> ColumnType.of(DataType.VARCHAR, length(size, where));
                // A STRING enum: a native enum(...) type on MariaDB and H2, varchar plus a check on
                // PostgreSQL. Hibernate's validator accepts varchar on all three, so we use the
                // column's length, as Hibernate does where there is no native enum.
                case SqlTypes.ENUM -> ColumnType.of(DataType.VARCHAR,
                        column.getLength() == null ? DEFAULT_LENGTH : Math.toIntExact(column.getLength()));
                case SqlTypes.CLOB, SqlTypes.MATERIALIZED_CLOB -> ColumnType.of(DataType.CLOB);
                case SqlTypes.BLOB, SqlTypes.MATERIALIZED_BLOB -> ColumnType.of(DataType.BLOB);
                case SqlTypes.VARBINARY -> ColumnType.of(DataType.VARBINARY, length(size, where));
                // Where a database has no uuid type, Hibernate stores a UUID as binary(16).
                case SqlTypes.BINARY -> {
                    if (javaType(column) == java.util.UUID.class) {
                        yield ColumnType.of(DataType.UUID);
                    }
                    throw unsupported(where, "fixed-length binary(" + size.getLength() + ")");
                }
                case SqlTypes.UUID -> ColumnType.of(DataType.UUID);
                case SqlTypes.DATE -> ColumnType.of(DataType.DATE);
                case SqlTypes.TIME -> new ColumnType(DataType.TIME, size.getPrecision(), null);
                case SqlTypes.TIMESTAMP -> new ColumnType(DataType.TIMESTAMP, size.getPrecision(), null);
                case SqlTypes.TIMESTAMP_WITH_TIMEZONE, SqlTypes.TIMESTAMP_UTC ->
                        new ColumnType(DataType.TIMESTAMP_TZ, size.getPrecision(), null);
                default -> throw unsupported(where, "type " + column.getSqlType(metadata) + " (SqlTypes code " + code
                        + (javaType(column) == null ? "" : ", Java " + javaType(column).getName()) + ")");
            };
        } catch (IllegalArgumentException e) {
            throw new UnsupportedMappingException(where + ": " + e.getMessage(), e);
        }
    }

    private static ColumnType fromColumnDefinition(String definition, String where) {
        try {
            return ColumnType.parse(definition);
        } catch (IllegalArgumentException e) {
            throw unsupported(where, "columnDefinition '" + definition
                    + "' (only a plain portable type such as varchar(30) can be read from a columnDefinition)");
        }
    }

    private static ColumnType decimal(Size size, String where) {
        if (size.getPrecision() == null) {
            throw unsupported(where, "decimal without a precision");
        }
        return ColumnType.decimal(size.getPrecision(), size.getScale() == null ? 0 : size.getScale());
    }

    private static int length(Size size, String where) {
        if (size.getLength() == null) {
            throw unsupported(where, "character or binary type without a length");
        }
        return Math.toIntExact(size.getLength());
    }

    private static Class<?> javaType(Column column) {
        try {
            return column.getType().getJavaTypeDescriptor().getJavaTypeClass();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static UnsupportedMappingException unsupported(String where, String what) {
        return new UnsupportedMappingException(where + ": " + what + " has no portable column type");
    }
}
