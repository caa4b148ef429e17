/**
 * Reads a live database into the schema model, to report drift and to check migrations in tests.
 * {@link dev.migrate.introspect.SchemaIntrospector} is the entry point; one catalog reader per
 * database (PostgreSQL from {@code pg_catalog}, MariaDB and H2 from {@code information_schema})
 * runs a fixed number of queries, whatever the number of tables: on PostgreSQL one per kind of
 * object (tables, columns, keys, indexes, sequences: 5); on MariaDB and H2, whose catalogs join
 * their views slowly, a few more that each read one view, joined in Java (MariaDB at most 7, H2 8).
 *
 * <h2>Native types to logical types</h2>
 * <table>
 * <caption>What each database shows, and what it is read as</caption>
 * <tr><th>logical</th><th>PostgreSQL</th><th>MariaDB</th><th>H2</th></tr>
 * <tr><td>bigint</td><td>bigint (int8)</td><td>bigint</td><td>BIGINT</td></tr>
 * <tr><td>integer</td><td>integer (int4)</td><td>int</td><td>INTEGER</td></tr>
 * <tr><td>smallint</td><td>smallint (int2)</td><td>smallint</td><td>SMALLINT</td></tr>
 * <tr><td>tinyint</td><td>(none: Hibernate uses smallint, read as smallint)</td><td>tinyint, also tinyint(1)</td>
 *     <td>TINYINT</td></tr>
 * <tr><td>boolean</td><td>boolean</td><td>bit(1)</td><td>BOOLEAN</td></tr>
 * <tr><td>decimal(p,s)</td><td>numeric(p,s)</td><td>decimal(p,s)</td><td>NUMERIC(p,s)</td></tr>
 * <tr><td>float</td><td>real (float4)</td><td>float</td><td>REAL</td></tr>
 * <tr><td>double</td><td>double precision (float8)</td><td>double</td><td>DOUBLE PRECISION</td></tr>
 * <tr><td>char(n)</td><td>character(n) (bpchar)</td><td>char(n)</td><td>CHARACTER(n)</td></tr>
 * <tr><td>varchar(n)</td><td>character varying(n)</td><td>varchar(n)</td><td>CHARACTER VARYING(n)</td></tr>
 * <tr><td>clob</td><td>text</td><td>tinytext, text, mediumtext, longtext</td><td>CHARACTER LARGE OBJECT</td></tr>
 * <tr><td>date</td><td>date</td><td>date</td><td>DATE</td></tr>
 * <tr><td>time(p)</td><td>time(p) without time zone</td><td>time(p)</td><td>TIME(p)</td></tr>
 * <tr><td>timestamp(p)</td><td>timestamp(p) without time zone</td><td>datetime(p)</td><td>TIMESTAMP(p)</td></tr>
 * <tr><td>timestamp(p) with time zone</td><td>timestamp(p) with time zone</td>
 *     <td>timestamp(p) (Hibernate uses datetime(p), read as timestamp(p))</td>
 *     <td>TIMESTAMP(p) WITH TIME ZONE</td></tr>
 * <tr><td>uuid</td><td>uuid</td><td>uuid</td><td>UUID</td></tr>
 * <tr><td>varbinary(n)</td><td>bytea, with {@link dev.migrate.introspect.SchemaIntrospector#UNBOUNDED_LENGTH}</td>
 *     <td>varbinary(n)</td><td>BINARY VARYING(n)</td></tr>
 * <tr><td>blob</td><td>oid</td><td>tinyblob, blob, mediumblob, longblob</td><td>BINARY LARGE OBJECT</td></tr>
 * </table>
 * Anything else (PostgreSQL numeric without precision, interval, json, arrays; MariaDB mediumint,
 * unsigned types, enum, bit(n) with n &gt; 1, binary(n); H2 DECFLOAT, ENUM, ...), and generated
 * columns, end the read with an {@link dev.migrate.introspect.IntrospectionException} naming the
 * column: the model cannot say what they are, and leaving them out would hide drift. Ignore the
 * table to read the rest.
 *
 * <h2>Normalization</h2>
 * <ul>
 * <li>Names are lower case; {@code ignoredTables} is matched in any case.</li>
 * <li>Time and timestamp types always carry their effective fractional seconds precision: where
 *     the DDL gave none, the database's own default (PostgreSQL 6; MariaDB 0; H2 6 for timestamp
 *     and 0 for time), never null.</li>
 * <li>PostgreSQL {@code oid} is read as BLOB, though Hibernate maps {@code @Lob String} to oid as well
 *     as {@code @Lob byte[]}: the column holds a large object reference, not text. {@code text} is CLOB.</li>
 * <li>Types without a length (PostgreSQL {@code bytea}, {@code varchar}, {@code bpchar}) get
 *     {@link dev.migrate.introspect.SchemaIntrospector#UNBOUNDED_LENGTH}; compare it as "any length".</li>
 * <li>Identity columns (PostgreSQL identity, by default or always, and serial; MariaDB
 *     auto_increment; H2 identity) are auto-increment, without a default; the sequences behind
 *     them are not reported.</li>
 * <li>Defaults: the database's decorations go first (PostgreSQL casts such as
 *     {@code 'abc'::character varying}, H2's typed literals such as {@code DATE '2020-01-31'} and
 *     {@code CAST(1E+3 AS DECFLOAT)}, MariaDB's bit literals {@code b'1'}); NULL is no default.
 *     Then a quoted literal is NUMERIC on a numeric column when it is a number, BOOLEAN on a
 *     boolean column when it is true or false, else STRING (the text without quotes); an unquoted
 *     number is NUMERIC (BOOLEAN for 0 or 1 on a boolean column); true and false are BOOLEAN;
 *     anything else is COMPUTED. Numbers are written plainly without trailing zeros
 *     ({@code 9.50} is {@code 9.5}, {@code 1e3} is {@code 1000}). Expressions are lower-cased
 *     outside string literals, with single spaces, and without the empty parentheses MariaDB puts
 *     after SQL's niladic functions ({@code current_timestamp()} is {@code current_timestamp}).
 *     PostgreSQL's {@code now()} is {@code current_timestamp}; MariaDB's {@code curdate()} is
 *     {@code current_date}, {@code curtime(p)} is {@code current_time}, and
 *     {@code current_timestamp(p)} is {@code current_timestamp}, because MariaDB rewrites the
 *     precision to the column's whatever the DDL said. H2 turns {@code now()} into
 *     {@code localtimestamp} itself.</li>
 * <li>Unique constraints and indexes: on PostgreSQL and H2 a unique constraint is a unique
 *     constraint and a unique index an index; on MariaDB, where a unique constraint <em>is</em> a
 *     unique index, every unique index without a DESC column is reported as a unique constraint
 *     (one with a DESC column cannot be one, so it stays a unique index).</li>
 * <li>Indexes that only serve a constraint are not reported: those backing a primary key or unique
 *     constraint (PostgreSQL, H2: {@code PRIMARY_KEY_x}, {@code <constraint>_INDEX_x}), those H2
 *     makes for foreign keys ({@code <constraint>_INDEX_x}), and those MariaDB makes for a foreign
 *     key no index covers (named after the key, or after its first column when the key's own name
 *     is generated, {@code <table>_ibfk_n}, with exactly the key's columns). A user's index that
 *     a constraint came to use is still reported on H2.</li>
 * <li>Indexes the model cannot express are left out: on expressions, partial, not b-tree
 *     (PostgreSQL), on column prefixes, full-text or spatial (MariaDB). PostgreSQL INCLUDE columns
 *     are left out of the index.</li>
 * <li>Foreign keys: on MariaDB, RESTRICT (what it shows when no action was given) is NO ACTION,
 *     which it means there; PostgreSQL and H2 report each as it is.</li>
 * </ul>
 */
@NullMarked
package dev.migrate.introspect;

import org.jspecify.annotations.NullMarked;
