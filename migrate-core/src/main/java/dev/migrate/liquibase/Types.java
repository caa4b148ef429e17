package dev.migrate.liquibase;

import dev.migrate.schema.ColumnType;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Liquibase column types as migrate types, chosen so that the column made on the database the
 * changelog is imported for is the one Liquibase 4.33 makes there. Where Liquibase makes a different
 * type on each database than migrate's logical type does (a {@code clob} is {@code text} on
 * PostgreSQL but {@code longtext} on MariaDB), the type written is the one for that database.
 */
final class Types {

    private static final Pattern TYPE = Pattern.compile("([a-z_][a-z0-9_ ]*?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?"
            + "(\\s+with(?:out)? time zone)?");

    /** How migrate writes PostgreSQL's bytea, as its introspector reads it back. */
    private static final String PG_BYTEA = "varbinary(" + Integer.MAX_VALUE + ")";

    private Types() {
    }

    /**
     * The migrate type for a Liquibase type on a database ({@code postgresql}, {@code mariadb}, {@code h2},
     * or null for the portable meaning).
     */
    static String convert(String liquibaseType, @Nullable String dbms) {
        String raw = liquibaseType.strip();
        String lower = raw.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (lower.startsWith("java.sql.types.")) {
            lower = lower.substring("java.sql.types.".length());
        }
        // MySQL's display width and unsigned, and Oracle's BYTE/CHAR length semantics, are not types
        lower = lower.replace(" byte)", ")").replace(" char)", ")");
        Matcher m = TYPE.matcher(lower);
        if (!m.matches()) {
            return portableOrNative(raw);
        }
        String name = m.group(1).trim();
        String size = m.group(2);
        String scale = m.group(3);
        boolean withTimeZone = m.group(4) != null && !m.group(4).contains("without");
        boolean pg = "postgresql".equals(dbms);
        boolean maria = "mariadb".equals(dbms) || "mysql".equals(dbms);
        String sized = size == null ? "" : "(" + size + (scale == null ? "" : "," + scale) + ")";
        switch (name) {
            case "bigint", "int8", "long", "bigserial" -> {
                return "bigint";
            }
            case "int", "integer", "int4", "mediumint", "serial" -> {
                return "integer";
            }
            case "smallint", "int2" -> {
                return "smallint";
            }
            case "tinyint" -> {
                return size != null && size.equals("1") && maria ? "tinyint" : "tinyint";
            }
            case "boolean", "bool" -> {
                // Liquibase 4.33 makes tinyint(1) on MariaDB (read back as tinyint), boolean elsewhere
                return maria ? "tinyint" : "boolean";
            }
            case "bit" -> {
                return size == null || size.equals("1") ? maria ? "tinyint" : "boolean" : portableOrNative(raw);
            }
            case "varchar", "varchar2", "nvarchar", "nvarchar2", "character varying", "string" -> {
                if (size == null) {
                    return pg ? "native:varchar" : "varchar(255)";
                }
                return "varchar(" + size + ")";
            }
            case "char", "nchar", "character" -> {
                // Liquibase makes char(n) on MariaDB too, where migrate makes a char as varchar (as Hibernate
                // does) and its MariaDB canonical form counts them as the same, so an adopted column matches
                return "char(" + (size == null ? "1" : size) + ")";
            }
            case "text", "ntext" -> {
                return "text";
            }
            case "longtext", "mediumtext" -> {
                // MariaDB's longtext is migrate's clob there
                return maria ? name.equals("longtext") ? "clob" : "native:mediumtext" : "text";
            }
            case "clob", "nclob" -> {
                return pg ? "text" : "clob";
            }
            case "blob" -> {
                // Liquibase 4.33 makes oid on PostgreSQL (migrate's blob there), longblob on MariaDB
                return "blob";
            }
            case "longblob", "mediumblob", "image", "longvarbinary" -> {
                // ... but bytea on PostgreSQL for these (measured)
                return pg ? PG_BYTEA : "blob";
            }
            case "bytea" -> {
                return pg ? PG_BYTEA : "blob";
            }
            case "binary", "varbinary" -> {
                if (pg) {
                    return PG_BYTEA;
                }
                return size == null ? "blob" : maria && name.equals("binary") ? "native:binary(" + size + ")"
                        : "varbinary(" + size + ")";
            }
            case "timestamp", "timestamptz" -> {
                boolean tz = withTimeZone || name.equals("timestamptz");
                if (maria && !tz) {
                    // Liquibase keeps MySQL's timestamp type there, which migrate reads back as timestamp(0):
                    // the migrations say so, and a new database gets migrate's datetime(0) for it
                    return "timestamp(" + (size == null ? "0" : size) + ")";
                }
                if (tz) {
                    return "timestamp" + sized + " with time zone";
                }
                return "timestamp" + sized;
            }
            case "datetime", "datetime2", "smalldatetime" -> {
                if (maria) {
                    return "timestamp(" + (size == null ? "0" : size) + ")";
                }
                return "timestamp" + sized;
            }
            case "date" -> {
                return "date";
            }
            case "time", "timetz" -> {
                if (withTimeZone || name.equals("timetz")) {
                    return "native:" + raw;
                }
                // PostgreSQL's time without a precision keeps microseconds, MariaDB's whole seconds
                return size != null ? "time(" + size + ")" : pg ? "time(6)" : "time";
            }
            case "decimal", "numeric", "number", "dec" -> {
                if (size == null) {
                    return maria ? "decimal(10,0)" : pg ? "native:numeric" : "decimal(19,2)";
                }
                return "decimal(" + size + "," + (scale == null ? "0" : scale) + ")";
            }
            case "currency", "money" -> {
                return "decimal(18,4)";
            }
            case "double", "double precision", "float8" -> {
                return "double";
            }
            case "float" -> {
                if (size != null) {
                    return Integer.parseInt(size) <= 24 ? "float" : "double";
                }
                // FLOAT is double precision on PostgreSQL, single on MariaDB
                return pg ? "double" : "float";
            }
            case "real", "float4" -> {
                return maria ? "native:double" : "float";
            }
            case "uuid" -> {
                return maria ? "char(36)" : "uuid";
            }
            case "json", "jsonb" -> {
                return pg && name.equals("json") ? "native:json" : "json";
            }
            default -> {
                return portableOrNative(raw);
            }
        }
    }

    private static String portableOrNative(String raw) {
        try {
            ColumnType.parse(raw);
            return raw;
        } catch (IllegalArgumentException e) {
            return "native:" + raw;
        }
    }
}
