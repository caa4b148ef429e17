package dev.migrate.xml;

import dev.migrate.operation.AddCheckConstraint;
import dev.migrate.operation.AddColumn;
import dev.migrate.operation.AddDefaultValue;
import dev.migrate.operation.AddForeignKeyConstraint;
import dev.migrate.operation.AddNotNullConstraint;
import dev.migrate.operation.AddUniqueConstraint;
import dev.migrate.operation.CreateIndex;
import dev.migrate.operation.CreateSequence;
import dev.migrate.operation.CreateTable;
import dev.migrate.operation.DropCheckConstraint;
import dev.migrate.operation.DropColumn;
import dev.migrate.operation.DropDefaultValue;
import dev.migrate.operation.DropForeignKeyConstraint;
import dev.migrate.operation.DropIndex;
import dev.migrate.operation.DropNotNullConstraint;
import dev.migrate.operation.DropSequence;
import dev.migrate.operation.DropTable;
import dev.migrate.operation.DropUniqueConstraint;
import dev.migrate.operation.JavaOperation;
import dev.migrate.operation.ModifyDataType;
import dev.migrate.operation.Operation;
import dev.migrate.operation.OperationVisitor;
import dev.migrate.operation.RenameColumn;
import dev.migrate.operation.RenameTable;
import dev.migrate.operation.SqlOperation;
import dev.migrate.schema.Column;
import dev.migrate.schema.DefaultValue;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.IndexColumn;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Sequence;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes migration files. The output is stable: the same document gives the same bytes (UTF-8,
 * 4-space indentation, attributes in a fixed order, {@code \n} line ends), and
 * {@link MigrationReader} reads back an equal document. Each destructive operation is preceded by a
 * "Data loss" comment. Consecutive columns added to the same table share one {@code addColumn}.
 *
 * <p>Stateless and thread-safe.
 */
public final class MigrationWriter {

    public String write(MigrationDocument document) {
        return render(document, true, List.of());
    }

    /**
     * As {@link #write(MigrationDocument)}, with comments above operations: {@code notes.get(i)} above
     * operation {@code i} (the online-safety findings {@code make} writes). Comments do not change the
     * checksum.
     */
    public String write(MigrationDocument document, List<List<String>> notes) {
        return render(document, true, notes);
    }

    public void write(MigrationDocument document, Writer out) throws IOException {
        out.write(write(document));
    }

    public void write(MigrationDocument document, Path file) throws IOException {
        Files.writeString(file, write(document), StandardCharsets.UTF_8);
    }

    /**
     * The compact form checksums are taken over: the same elements and attributes without
     * indentation, comments or declaration. Keep it stable: a change here changes every checksum.
     */
    static String canonical(MigrationDocument document) {
        return render(document, false, List.of());
    }

    private static void texts(XmlOutput xml, String element, List<String> texts) {
        for (String text : texts) {
            xml.text(element, text);
        }
    }

    private static void comments(XmlOutput xml, List<String> notes) {
        for (String note : notes) {
            xml.comment(note.replace("--", "- -"));
        }
    }

    private static String render(MigrationDocument document, boolean pretty, List<List<String>> notes) {
        XmlOutput xml = new XmlOutput(pretty);
        xml.declaration();
        xml.open("migration", "xmlns", MigrationDocument.NAMESPACE);
        texts(xml, "dependsOn", document.dependsOn());
        texts(xml, "replaces", document.replaces());
        List<Operation> operations = document.operations();
        Changes changes = new Changes(xml);
        for (int i = 0; i < operations.size(); i++) {
            if (i < notes.size()) {
                comments(xml, notes.get(i));
            }
            if (operations.get(i) instanceof AddColumn first) {
                // consecutive columns added to one table share one addColumn
                List<Column> columns = new ArrayList<>();
                while (i < operations.size() && operations.get(i) instanceof AddColumn next
                        && next.tableName().equals(first.tableName())) {
                    if (!columns.isEmpty() && i < notes.size()) {
                        comments(xml, notes.get(i));
                    }
                    columns.add(next.column());
                    i++;
                }
                i--;
                addColumn(xml, first.tableName(), columns);
            } else {
                operations.get(i).accept(changes);
            }
        }
        xml.close("migration");
        return xml.toString();
    }

    /**
     * The element of each kind of operation, a destructive one with a "Data loss" comment above it
     * (see {@link Operation#isDestructive()}).
     */
    private record Changes(XmlOutput xml) implements OperationVisitor<Void> {

        @Override
        public Void visit(CreateTable o) {
            createTable(xml, o);
            return null;
        }

        @Override
        public Void visit(DropTable o) {
            xml.comment("Data loss: drops table " + o.tableName());
            xml.empty("dropTable", "tableName", o.tableName());
            return null;
        }

        @Override
        public Void visit(RenameTable o) {
            xml.empty("renameTable", "oldTableName", o.oldTableName(), "newTableName", o.newTableName());
            return null;
        }

        @Override
        public Void visit(AddColumn o) {
            addColumn(xml, o.tableName(), List.of(o.column()));
            return null;
        }

        @Override
        public Void visit(DropColumn o) {
            xml.comment("Data loss: drops column " + o.columnName() + " of " + o.tableName());
            xml.empty("dropColumn", "tableName", o.tableName(), "columnName", o.columnName());
            return null;
        }

        @Override
        public Void visit(RenameColumn o) {
            xml.empty("renameColumn", "tableName", o.tableName(), "oldColumnName", o.oldColumnName(),
                    "newColumnName", o.newColumnName());
            return null;
        }

        @Override
        public Void visit(ModifyDataType o) {
            xml.empty("modifyDataType", "tableName", o.tableName(), "columnName", o.columnName(),
                    "newDataType", o.newDataType().toString());
            return null;
        }

        @Override
        public Void visit(AddNotNullConstraint o) {
            DefaultValue value = o.defaultNullValue();
            xml.empty("addNotNullConstraint", "tableName", o.tableName(), "columnName", o.columnName(),
                    "defaultNullValue", valueOf(value, DefaultValue.Kind.STRING),
                    "defaultNullValueNumeric", valueOf(value, DefaultValue.Kind.NUMERIC),
                    "defaultNullValueBoolean", valueOf(value, DefaultValue.Kind.BOOLEAN),
                    "defaultNullValueComputed", valueOf(value, DefaultValue.Kind.COMPUTED),
                    "online", online(o.online()));
            return null;
        }

        @Override
        public Void visit(DropNotNullConstraint o) {
            xml.empty("dropNotNullConstraint", "tableName", o.tableName(), "columnName", o.columnName());
            return null;
        }

        @Override
        public Void visit(AddDefaultValue o) {
            DefaultValue value = o.defaultValue();
            xml.empty("addDefaultValue", "tableName", o.tableName(), "columnName", o.columnName(),
                    "defaultValue", valueOf(value, DefaultValue.Kind.STRING),
                    "defaultValueNumeric", valueOf(value, DefaultValue.Kind.NUMERIC),
                    "defaultValueBoolean", valueOf(value, DefaultValue.Kind.BOOLEAN),
                    "defaultValueComputed", valueOf(value, DefaultValue.Kind.COMPUTED));
            return null;
        }

        @Override
        public Void visit(DropDefaultValue o) {
            xml.empty("dropDefaultValue", "tableName", o.tableName(), "columnName", o.columnName());
            return null;
        }

        @Override
        public Void visit(CreateIndex o) {
            xml.open("createIndex", "tableName", o.tableName(), "indexName", o.index().name(),
                    "unique", o.index().unique() ? "true" : null, "online", online(o.online()));
            for (IndexColumn column : o.index().columns()) {
                xml.empty("column", "name", column.name(), "descending", column.descending() ? "true" : null);
            }
            xml.close("createIndex");
            return null;
        }

        @Override
        public Void visit(DropIndex o) {
            xml.empty("dropIndex", "tableName", o.tableName(), "indexName", o.indexName());
            return null;
        }

        @Override
        public Void visit(AddUniqueConstraint o) {
            xml.empty("addUniqueConstraint", "tableName", o.tableName(), "constraintName", o.constraint().name(),
                    "columnNames", String.join(", ", o.constraint().columns()), "online", online(o.online()));
            return null;
        }

        @Override
        public Void visit(DropUniqueConstraint o) {
            xml.empty("dropUniqueConstraint", "tableName", o.tableName(), "constraintName", o.constraintName());
            return null;
        }

        @Override
        public Void visit(AddForeignKeyConstraint o) {
            ForeignKey key = o.foreignKey();
            xml.empty("addForeignKeyConstraint", "baseTableName", o.tableName(),
                    "baseColumnNames", String.join(", ", key.columns()), "constraintName", key.name(),
                    "referencedTableName", key.referencedTable(),
                    "referencedColumnNames", String.join(", ", key.referencedColumns()),
                    "onDelete", key.onDelete() == ReferentialAction.NO_ACTION ? null : key.onDelete().sql(),
                    "online", online(o.online()));
            return null;
        }

        @Override
        public Void visit(DropForeignKeyConstraint o) {
            xml.empty("dropForeignKeyConstraint", "baseTableName", o.tableName(), "constraintName",
                    o.constraintName());
            return null;
        }

        @Override
        public Void visit(AddCheckConstraint o) {
            xml.text("addCheckConstraint", o.constraint().expression(), "tableName", o.tableName(),
                    "constraintName", o.constraint().name(), "online", online(o.online()));
            return null;
        }

        @Override
        public Void visit(DropCheckConstraint o) {
            xml.empty("dropCheckConstraint", "tableName", o.tableName(), "constraintName", o.constraintName());
            return null;
        }

        @Override
        public Void visit(CreateSequence o) {
            Sequence sequence = o.sequence();
            xml.empty("createSequence", "sequenceName", sequence.name(),
                    "startValue", Long.toString(sequence.startValue()),
                    "incrementBy", Long.toString(sequence.incrementBy()));
            return null;
        }

        @Override
        public Void visit(DropSequence o) {
            xml.empty("dropSequence", "sequenceName", o.sequenceName());
            return null;
        }

        @Override
        public Void visit(SqlOperation o) {
            sql(xml, o);
            return null;
        }

        @Override
        public Void visit(JavaOperation o) {
            if (o.backward()) {
                throw new IllegalArgumentException("Cannot write " + o.describe() + ": a file names the class only"
                        + " forwards");
            }
            xml.empty("java", "class", o.className(), "version", o.version());
            return null;
        }
    }

    private static void createTable(XmlOutput xml, CreateTable table) {
        List<String> keyInColumnOrder = new ArrayList<>(table.primaryKey().size());
        for (Column column : table.columns()) {
            if (table.primaryKey().contains(column.name())) {
                keyInColumnOrder.add(column.name());
            }
        }
        // the columns marked primaryKey="true" give the key in column order; only another order is spelled out
        @Nullable String keyOrder = keyInColumnOrder.equals(table.primaryKey()) ? null : String.join(", ", table.primaryKey());
        xml.open("createTable", "tableName", table.tableName(), "primaryKeyColumnNames", keyOrder);
        for (Column column : table.columns()) {
            column(xml, column, table.primaryKey().contains(column.name()));
        }
        xml.close("createTable");
    }

    private static void addColumn(XmlOutput xml, String table, List<Column> columns) {
        xml.open("addColumn", "tableName", table);
        for (Column column : columns) {
            column(xml, column, false);
        }
        xml.close("addColumn");
    }

    private static void column(XmlOutput xml, Column column, boolean primaryKey) {
        if (primaryKey && column.nullable()) {
            throw new IllegalArgumentException("Cannot write column " + column.name()
                    + ": it is in the primary key, so it cannot be nullable");
        }
        DefaultValue value = column.defaultValue();
        @Nullable String[] attributes = {"name", column.name(), "type", column.type().toString(),
                "autoIncrement", column.autoIncrement() ? "true" : null,
                "defaultValue", valueOf(value, DefaultValue.Kind.STRING),
                "defaultValueNumeric", valueOf(value, DefaultValue.Kind.NUMERIC),
                "defaultValueBoolean", valueOf(value, DefaultValue.Kind.BOOLEAN),
                "defaultValueComputed", valueOf(value, DefaultValue.Kind.COMPUTED)};
        if (column.nullable()) {
            xml.empty("column", attributes);
        } else {
            xml.open("column", attributes);
            xml.empty("constraints", "nullable", "false", "primaryKey", primaryKey ? "true" : null);
            xml.close("column");
        }
    }

    private static void sql(XmlOutput xml, SqlOperation sql) {
        xml.open("sql", "dbms", sql.dbms().isEmpty() ? null : String.join(",", sql.dbms()));
        texts(xml, "statement", sql.statements());
        if (!sql.rollbackStatements().isEmpty()) {
            xml.open("rollback");
            texts(xml, "statement", sql.rollbackStatements());
            xml.close("rollback");
        }
        xml.close("sql");
    }

    private static @Nullable String valueOf(@Nullable DefaultValue value, DefaultValue.Kind kind) {
        return value != null && value.kind() == kind ? value.value() : null;
    }

    /** The {@code online} attribute only when set, so that files without it keep their checksums. */
    private static @Nullable String online(boolean online) {
        return online ? "true" : null;
    }

}
