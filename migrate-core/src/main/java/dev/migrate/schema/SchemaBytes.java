package dev.migrate.schema;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A schema as bytes and back, for keeping a replayed schema between starts: every value the
 * schema holds, in a fixed order, with enum constants by name. Reading goes through the records'
 * constructors, so bytes that do not make a valid schema fail as they would in a replay; anything
 * unreadable is an {@link IllegalArgumentException}. Not a file format: the reader of one version
 * reads only its own bytes ({@link #VERSION}).
 *
 * <p>The columns of each table are written in the order of their names, and the order they are in
 * comes first, on its own: the rest is then the same for two schemas exactly when they are the same
 * but for the order of columns, which is what the start-up's comparison asks
 * ({@link #holdSameIgnoringColumnOrder}), without reading the bytes into a schema.
 */
public final class SchemaBytes {

    /** Changes whenever what is written changes. */
    static final int VERSION = 2;
    private static final int MAGIC = 0x4d475253; // "MGRS"
    private static final int MAX_COUNT = 1 << 24;
    private static final Comparator<Column> BY_NAME = Comparator.comparing(Column::name);
    /** Magic, version and the length of the column order. */
    private static final int HEADER = 12;

    private SchemaBytes() {
    }

    public static byte[] write(Schema schema) {
        List<List<Column>> byName = columnsByName(schema);
        byte[] order = columnOrder(schema, byName);
        byte[] rest = withColumnsByName(schema, byName);
        ByteBuffer bytes = ByteBuffer.allocate(HEADER + order.length + rest.length);
        bytes.putInt(MAGIC).putInt(VERSION).putInt(order.length).put(order).put(rest);
        return bytes.array();
    }

    /**
     * Whether the schema that {@link #write} wrote into these bytes is the same as this one but,
     * perhaps, for the order of columns ({@link Schema#sameIgnoringColumnOrder}); bytes that hold no
     * schema hold none the same.
     */
    public static boolean holdSameIgnoringColumnOrder(byte[] bytes, Schema schema) {
        if (bytes.length < HEADER) {
            return false;
        }
        ByteBuffer header = ByteBuffer.wrap(bytes);
        int orderLength = header.getInt(8);
        if (header.getInt(0) != MAGIC || header.getInt(4) != VERSION || orderLength < 0
                || orderLength > bytes.length - HEADER) {
            return false;
        }
        byte[] theirs = withColumnsByName(schema, columnsByName(schema));
        int from = HEADER + orderLength;
        return Arrays.equals(bytes, from, bytes.length, theirs, 0, theirs.length);
    }

    /** The schema these bytes hold; {@link IllegalArgumentException} when they hold none. */
    public static Schema read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IllegalArgumentException("not a schema of version " + VERSION);
            }
            in.readInt(); // the column order's length, which only holdSameIgnoringColumnOrder needs
            List<int[]> orders = new ArrayList<>();
            for (int i = count(in); i > 0; i--) {
                int columns = count(in);
                if (columns > in.available() / Integer.BYTES) {
                    throw new IllegalArgumentException("a column order longer than what is left");
                }
                int[] order = new int[columns];
                for (int j = 0; j < order.length; j++) {
                    order[j] = in.readInt();
                }
                orders.add(order);
            }
            if (count(in) != orders.size()) {
                throw new IllegalArgumentException("a column order for another number of tables");
            }
            List<Table> tables = new ArrayList<>(orders.size());
            for (int[] order : orders) {
                tables.add(readTable(in, order));
            }
            List<Sequence> sequences = new ArrayList<>();
            for (int i = count(in); i > 0; i--) {
                sequences.add(new Sequence(readString(in), in.readLong(), in.readLong()));
            }
            if (in.read() != -1) {
                throw new IllegalArgumentException("bytes after the schema");
            }
            return Schema.of(tables, sequences);
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated schema", e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unreadable schema: " + e.getMessage(), e);
        }
    }

    /** For each table, where each of its columns is among them in the order of their names. */
    private static byte[] columnOrder(Schema schema, List<List<Column>> byName) {
        return written(out -> {
            out.writeInt(schema.tables().size());
            int at = 0;
            for (Table table : schema.tables()) {
                List<Column> sorted = byName.get(at++);
                out.writeInt(sorted.size());
                for (Column column : table.columns()) {
                    out.writeInt(indexOf(sorted, column));
                }
            }
        });
    }

    /** The tables, each with its columns in the order of their names, and the sequences. */
    private static byte[] withColumnsByName(Schema schema, List<List<Column>> byName) {
        return written(out -> {
            out.writeInt(schema.tables().size());
            int at = 0;
            for (Table table : schema.tables()) {
                writeTable(out, table, byName.get(at++));
            }
            out.writeInt(schema.sequences().size());
            for (Sequence sequence : schema.sequences()) {
                writeString(out, sequence.name());
                out.writeLong(sequence.startValue());
                out.writeLong(sequence.incrementBy());
            }
        });
    }

    private static int indexOf(List<Column> columns, Column column) {
        int at = 0;
        while (columns.get(at) != column) {
            at++;
        }
        return at;
    }

    /** Each table's columns in the order of their names, the tables in the schema's order. */
    private static List<List<Column>> columnsByName(Schema schema) {
        List<List<Column>> byName = new ArrayList<>(schema.tables().size());
        for (Table table : schema.tables()) {
            List<Column> sorted = new ArrayList<>(table.columns());
            sorted.sort(BY_NAME);
            byName.add(sorted);
        }
        return byName;
    }

    private interface Writer {
        void writeTo(DataOutputStream out) throws IOException;
    }

    private static byte[] written(Writer writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writer.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not thrown by an in-memory stream
        }
        return bytes.toByteArray();
    }

    private static void writeTable(DataOutputStream out, Table table, List<Column> columns) throws IOException {
        writeString(out, table.name());
        out.writeInt(columns.size());
        for (Column column : columns) {
            writeColumn(out, column);
        }
        writeStrings(out, table.primaryKey());
        out.writeInt(table.uniqueConstraints().size());
        for (UniqueConstraint unique : table.uniqueConstraints()) {
            writeString(out, unique.name());
            writeStrings(out, unique.columns());
        }
        out.writeInt(table.indexes().size());
        for (Index index : table.indexes()) {
            writeString(out, index.name());
            out.writeBoolean(index.unique());
            out.writeInt(index.columns().size());
            for (IndexColumn column : index.columns()) {
                writeString(out, column.name());
                out.writeBoolean(column.descending());
            }
        }
        out.writeInt(table.foreignKeys().size());
        for (ForeignKey key : table.foreignKeys()) {
            writeString(out, key.name());
            writeStrings(out, key.columns());
            writeString(out, key.referencedTable());
            writeStrings(out, key.referencedColumns());
            writeString(out, key.onDelete().name());
        }
        out.writeInt(table.checkConstraints().size());
        for (CheckConstraint check : table.checkConstraints()) {
            writeString(out, check.name());
            writeString(out, check.expression());
        }
    }

    /** A table whose columns were written in the order of their names, put back in {@code order}. */
    private static Table readTable(DataInputStream in, int[] order) throws IOException {
        String name = readString(in);
        if (count(in) != order.length) {
            throw new IllegalArgumentException("a column order for another number of columns");
        }
        Column[] byName = new Column[order.length];
        for (int i = 0; i < byName.length; i++) {
            byName[i] = readColumn(in);
        }
        List<Column> columns = new ArrayList<>(order.length);
        for (int at : order) {
            // an index out of range fails here; one given twice leaves a column out, and the table refuses the twin
            columns.add(byName[at]);
        }
        List<String> primaryKey = readStrings(in);
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            uniques.add(new UniqueConstraint(readString(in), readStrings(in)));
        }
        List<Index> indexes = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            String indexName = readString(in);
            boolean unique = in.readBoolean();
            List<IndexColumn> indexColumns = new ArrayList<>();
            for (int j = count(in); j > 0; j--) {
                indexColumns.add(new IndexColumn(readString(in), in.readBoolean()));
            }
            indexes.add(new Index(indexName, unique, indexColumns));
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            foreignKeys.add(new ForeignKey(readString(in), readStrings(in), readString(in), readStrings(in),
                    ReferentialAction.valueOf(readString(in))));
        }
        List<CheckConstraint> checks = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            checks.add(new CheckConstraint(readString(in), readString(in)));
        }
        return new Table(name, columns, primaryKey, uniques, indexes, foreignKeys, checks);
    }

    private static void writeColumn(DataOutputStream out, Column column) throws IOException {
        writeString(out, column.name());
        ColumnType type = column.type();
        writeString(out, type.type().name());
        writeNullableInt(out, type.size());
        writeNullableInt(out, type.scale());
        writeStrings(out, type.values());
        writeNullableString(out, type.definition());
        out.writeBoolean(column.nullable());
        DefaultValue defaultValue = column.defaultValue();
        writeNullableString(out, defaultValue == null ? null : defaultValue.kind().name());
        if (defaultValue != null) {
            writeString(out, defaultValue.value());
        }
        out.writeBoolean(column.autoIncrement());
    }

    private static Column readColumn(DataInputStream in) throws IOException {
        String name = readString(in);
        ColumnType type = new ColumnType(DataType.valueOf(readString(in)), readNullableInt(in), readNullableInt(in),
                readStrings(in), readNullableString(in));
        boolean nullable = in.readBoolean();
        String kind = readNullableString(in);
        DefaultValue defaultValue = kind == null ? null : new DefaultValue(DefaultValue.Kind.valueOf(kind), readString(in));
        return new Column(name, type, nullable, defaultValue, in.readBoolean());
    }

    /** A list of strings: its size, then each string as {@link #writeString} writes it. */
    public static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String string : strings) {
            writeString(out, string);
        }
    }

    /** A list {@link #writeStrings} wrote; a damaged one fails as {@code IllegalArgumentException} or an {@code IOException}. */
    public static List<String> readStrings(DataInputStream in) throws IOException {
        int count = count(in);
        List<String> strings = new ArrayList<>(Math.min(count, 64));
        for (int i = 0; i < count; i++) {
            strings.add(readString(in));
        }
        return strings;
    }

    /** Length and UTF-8 bytes: {@code writeUTF} stops at 64 KB, and a check's text need not. */
    public static void writeString(DataOutputStream out, String string) throws IOException {
        byte[] utf8 = string.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /** A string {@link #writeString} wrote, its length checked against what is left. */
    public static String readString(DataInputStream in) throws IOException {
        int length = count(in);
        if (length > in.available()) {
            throw new IllegalArgumentException("a string longer than what is left");
        }
        byte[] utf8 = new byte[length];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private static void writeNullableString(DataOutputStream out, @Nullable String string) throws IOException {
        out.writeBoolean(string != null);
        if (string != null) {
            writeString(out, string);
        }
    }

    private static @Nullable String readNullableString(DataInputStream in) throws IOException {
        return in.readBoolean() ? readString(in) : null;
    }

    private static void writeNullableInt(DataOutputStream out, @Nullable Integer value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeInt(value);
        }
    }

    private static @Nullable Integer readNullableInt(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readInt() : null;
    }

    /** A count written with {@code writeInt}, refused when negative or beyond any list this format holds. */
    public static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAX_COUNT) {
            throw new IllegalArgumentException("a count of " + count);
        }
        return count;
    }
}
