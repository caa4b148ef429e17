package dev.migrate.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import java.math.BigDecimal;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.engine.jdbc.Size;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.sql.spi.DdlTypeRegistry;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our type table against Hibernate's, so that a Hibernate upgrade that changes a type fails here.
 *
 * <p>Hibernate is told the database versions we support, through
 * {@code jakarta.persistence.database-major-version}/{@code -minor-version}: without a connection it
 * would assume its oldest (PostgreSQL 13, MariaDB 10.6, H2 2.1), and MariaDB 10.6 has no uuid type.
 */
class HibernateTypesTest {

    /** One field per Java type a logical type stands for, with the logical type it maps to. */
    @Entity(name = "EveryJavaType")
    @Table(name = "every_java_type")
    static class EveryJavaType {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        Long aLong;
        Integer anInteger;
        Short aShort;
        Byte aByte;
        Boolean aBoolean;
        @Column(precision = 10, scale = 2) BigDecimal aDecimal;
        Float aFloat;
        Double aDouble;
        Character aCharacter;
        @Column(length = 200) String aString;
        String aDefaultString;
        @Column(length = 100_000) String aLongString;
        @Lob String aClob;
        @Column(length = 100) byte[] someBytes;
        @Column(length = 100_000) byte[] manyBytes;
        @Lob byte[] aBlob;
        LocalDate aDate;
        LocalTime aTime;
        @Column(secondPrecision = 3) LocalTime aPreciseTime;
        LocalDateTime aDateTime;
        @Column(secondPrecision = 3) LocalDateTime aLessPreciseDateTime;
        Instant anInstant;
        OffsetDateTime anOffsetDateTime;
        UUID aUuid;
        @Enumerated(EnumType.STRING) Colour aColour;
        @Enumerated(EnumType.STRING) @Column(length = 20) Colour aShortColour;
        @JdbcTypeCode(SqlTypes.JSON) java.util.Map<String, Object> aJson;
    }

    enum Colour { RED, GREEN, BLUE }

    static final Map<String, ColumnType> JAVA_TYPES = new LinkedHashMap<>();

    static {
        JAVA_TYPES.put("aLong", ColumnType.of(DataType.BIGINT));
        JAVA_TYPES.put("anInteger", ColumnType.of(DataType.INTEGER));
        JAVA_TYPES.put("aShort", ColumnType.of(DataType.SMALLINT));
        JAVA_TYPES.put("aByte", ColumnType.of(DataType.TINYINT));
        JAVA_TYPES.put("aBoolean", ColumnType.of(DataType.BOOLEAN));
        JAVA_TYPES.put("aDecimal", ColumnType.decimal(10, 2));
        JAVA_TYPES.put("aFloat", ColumnType.of(DataType.FLOAT));
        JAVA_TYPES.put("aDouble", ColumnType.of(DataType.DOUBLE));
        JAVA_TYPES.put("aCharacter", ColumnType.of(DataType.CHAR, 1));
        JAVA_TYPES.put("aString", ColumnType.of(DataType.VARCHAR, 200));
        JAVA_TYPES.put("aDefaultString", ColumnType.of(DataType.VARCHAR, 255));
        JAVA_TYPES.put("aLongString", ColumnType.of(DataType.VARCHAR, 100_000));
        JAVA_TYPES.put("aClob", ColumnType.of(DataType.CLOB));
        JAVA_TYPES.put("someBytes", ColumnType.of(DataType.VARBINARY, 100));
        JAVA_TYPES.put("manyBytes", ColumnType.of(DataType.VARBINARY, 100_000));
        JAVA_TYPES.put("aBlob", ColumnType.of(DataType.BLOB));
        JAVA_TYPES.put("aDate", ColumnType.of(DataType.DATE));
        JAVA_TYPES.put("aTime", ColumnType.of(DataType.TIME));
        JAVA_TYPES.put("aPreciseTime", ColumnType.of(DataType.TIME, 3));
        JAVA_TYPES.put("aDateTime", ColumnType.of(DataType.TIMESTAMP));
        JAVA_TYPES.put("aLessPreciseDateTime", ColumnType.of(DataType.TIMESTAMP, 3));
        JAVA_TYPES.put("anInstant", ColumnType.of(DataType.TIMESTAMP_TZ));
        JAVA_TYPES.put("anOffsetDateTime", ColumnType.of(DataType.TIMESTAMP_TZ));
        JAVA_TYPES.put("aUuid", ColumnType.of(DataType.UUID));
        JAVA_TYPES.put("aColour", ColumnType.enumOf(List.of("RED", "GREEN", "BLUE"), null));
        JAVA_TYPES.put("aShortColour", ColumnType.enumOf(List.of("RED", "GREEN", "BLUE"), 20));
        JAVA_TYPES.put("aJson", ColumnType.of(DataType.JSON));
    }

    private static final Map<String, Hibernate> HIBERNATE = new ConcurrentHashMap<>();

    /** A dialect of ours with the Hibernate dialect and version it must agree with. */
    record Case(Dialect dialect, String hibernateDialect, int major, int minor) {
        @Override
        public String toString() {
            return dialect.name();
        }
    }

    record Hibernate(StandardServiceRegistry registry, Metadata metadata) {
        org.hibernate.dialect.Dialect dialect() {
            return metadata.getDatabase().getDialect();
        }

        DdlTypeRegistry ddlTypes() {
            return metadata.getDatabase().getTypeConfiguration().getDdlTypeRegistry();
        }
    }

    static Stream<Case> cases() {
        return Stream.of(new Case(Dialect.postgresql(), "org.hibernate.dialect.PostgreSQLDialect", 15, 0),
                new Case(Dialect.mariadb(), "org.hibernate.dialect.MariaDBDialect", 10, 11),
                new Case(Dialect.h2(), "org.hibernate.dialect.H2Dialect", 2, 4));
    }

    private static Hibernate hibernate(Case c) {
        return HIBERNATE.computeIfAbsent(c.hibernateDialect(), name -> {
            StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                    .applySetting("hibernate.dialect", name)
                    .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
                    .applySetting("jakarta.persistence.database-major-version", String.valueOf(c.major()))
                    .applySetting("jakarta.persistence.database-minor-version", String.valueOf(c.minor()))
                    .build();
            Metadata metadata = new MetadataSources(registry).addAnnotatedClass(EveryJavaType.class).buildMetadata();
            return new Hibernate(registry, metadata);
        });
    }

    @AfterAll
    static void closeRegistries() {
        HIBERNATE.values().forEach(h -> h.registry().close());
        HIBERNATE.clear();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void assumesTheVersionWeSupport(Case c) {
        var version = hibernate(c).dialect().getVersion();
        assertThat(List.of(version.getDatabaseMajorVersion(), version.getDatabaseMinorVersion()))
                .containsExactly(c.major(), c.minor());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void rendersTypesAsHibernatesDdlTypeRegistryDoes(Case c) {
        Hibernate hibernate = hibernate(c);
        // a time without a precision gets its default from the Java type: the entity test checks those
        List<ColumnType> types = Fixtures.typesAtTheLimits().stream()
                .filter(t -> t.type().size() != DataType.Size.OPTIONAL_PRECISION || t.size() != null)
                // types that no Java type maps to by itself: the entity test checks enums and text
                .filter(t -> t.type() != DataType.TEXT && t.type() != DataType.ENUM && t.type() != DataType.NATIVE)
                .toList();
        SoftAssertions.assertSoftly(softly -> {
            for (ColumnType type : types) {
                String expected = hibernate.ddlTypes().getDescriptor(sqlTypeCode(type.type()))
                        .getTypeName(size(type, hibernate.dialect()));
                softly.assertThat(normalize(c.dialect().columnType(type))).as("%s on %s", type, c)
                        .isEqualTo(normalize(expected));
            }
        });
    }

    @ParameterizedTest
    @MethodSource("cases")
    void rendersEachJavaTypeAsHibernateMapsIt(Case c) {
        Hibernate hibernate = hibernate(c);
        PersistentClass entity = hibernate.metadata().getEntityBinding(EveryJavaType.class.getName());
        assertThat(entity.getProperties()).hasSize(JAVA_TYPES.size());
        SoftAssertions.assertSoftly(softly -> JAVA_TYPES.forEach((field, type) -> {
            String expected = entity.getProperty(field).getColumns().get(0).getSqlType(hibernate.metadata());
            softly.assertThat(normalize(c.dialect().columnType(type))).as("%s (%s) on %s", field, type, c)
                    .isEqualTo(normalize(expected));
        }));
        String id = entity.getIdentifier().getColumns().get(0).getSqlType(hibernate.metadata());
        assertThat(normalize(c.dialect().columnType(ColumnType.of(DataType.BIGINT)))).isEqualTo(normalize(id));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void writesIdentityColumnsAndSequencesAsHibernateDoes(Case c) {
        org.hibernate.dialect.Dialect dialect = hibernate(c).dialect();
        assertThat(c.dialect().identityClause())
                .isEqualTo(dialect.getIdentityColumnSupport().getIdentityColumnString(Types.BIGINT));
        assertThat(normalize(c.dialect().createSequence("book_seq", 1, 50)).replaceAll("[\"`]", ""))
                .isEqualTo(normalize(dialect.getSequenceSupport().getCreateSequenceString("book_seq", 1, 50)));
    }

    /** The JDBC type Hibernate uses for the Java type behind each logical type. */
    static int sqlTypeCode(DataType type) {
        return switch (type) {
            case BIGINT -> SqlTypes.BIGINT;
            case INTEGER -> SqlTypes.INTEGER;
            case SMALLINT -> SqlTypes.SMALLINT;
            case TINYINT -> SqlTypes.TINYINT;
            case BOOLEAN -> SqlTypes.BOOLEAN;
            case DECIMAL -> SqlTypes.NUMERIC;
            // Hibernate maps float and double to FLOAT with a binary precision
            case FLOAT, DOUBLE -> SqlTypes.FLOAT;
            case CHAR -> SqlTypes.CHAR;
            case VARCHAR -> SqlTypes.VARCHAR;
            case CLOB -> SqlTypes.CLOB;
            case DATE -> SqlTypes.DATE;
            case TIME -> SqlTypes.TIME;
            case TIMESTAMP -> SqlTypes.TIMESTAMP;
            // Instant, and OffsetDateTime where the database normalizes to UTC (H2 uses
            // TIMESTAMP_WITH_TIMEZONE for OffsetDateTime, which it renders the same)
            case TIMESTAMP_TZ -> SqlTypes.TIMESTAMP_UTC;
            case UUID -> SqlTypes.UUID;
            case VARBINARY -> SqlTypes.VARBINARY;
            case BLOB -> SqlTypes.BLOB;
            case JSON -> SqlTypes.JSON;
            case TEXT, ENUM, NATIVE -> throw new IllegalArgumentException(type + " has no type code of its own");
        };
    }

    static Size size(ColumnType type, org.hibernate.dialect.Dialect dialect) {
        return switch (type.type()) {
            case FLOAT -> Size.precision(dialect.getFloatPrecision());
            case DOUBLE -> Size.precision(dialect.getDoublePrecision());
            case DECIMAL -> Size.precision(type.size(), type.scale());
            case CHAR, VARCHAR, VARBINARY -> Size.length(type.size());
            case CLOB, BLOB -> Size.length(dialect.getDefaultLobLength());
            case TIME, TIMESTAMP, TIMESTAMP_TZ -> Size.precision(type.size());
            default -> Size.nil();
        };
    }

    private static String normalize(String sql) {
        return sql.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }
}
