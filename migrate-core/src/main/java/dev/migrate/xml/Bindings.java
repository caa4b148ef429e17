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
import dev.migrate.operation.ModifyDataType;
import dev.migrate.operation.JavaOperation;
import dev.migrate.operation.Operation;
import dev.migrate.operation.RenameColumn;
import dev.migrate.operation.RenameTable;
import dev.migrate.operation.SqlOperation;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DefaultValue;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Identifiers;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexColumn;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.UniqueConstraint;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The JAXB classes of {@code migration-1.0.xsd}, one per element, each turning itself into
 * operations. They only read: writing is {@link MigrationWriter}'s job. The XSD has already checked
 * the structure (required attributes, known elements, booleans, numbers) before these convert, so
 * what is left to check here is what the model checks: names, types and default values.
 */
final class Bindings {

    private Bindings() {
    }

    /** A change element: one or more operations. */
    interface Change {
        List<Operation> toOperations(Locations at);
    }

    @XmlRootElement(name = "migration")
    @XmlType(propOrder = {"dependsOn", "replaces", "changes"})
    static final class MigrationXml {
        @XmlElement(name = "dependsOn")
        List<String> dependsOn = new ArrayList<>();

        @XmlElement(name = "replaces")
        List<String> replaces = new ArrayList<>();

        @XmlElements({
                @XmlElement(name = "createTable", type = CreateTableXml.class),
                @XmlElement(name = "dropTable", type = DropTableXml.class),
                @XmlElement(name = "renameTable", type = RenameTableXml.class),
                @XmlElement(name = "addColumn", type = AddColumnXml.class),
                @XmlElement(name = "dropColumn", type = DropColumnXml.class),
                @XmlElement(name = "renameColumn", type = RenameColumnXml.class),
                @XmlElement(name = "modifyDataType", type = ModifyDataTypeXml.class),
                @XmlElement(name = "addNotNullConstraint", type = AddNotNullConstraintXml.class),
                @XmlElement(name = "dropNotNullConstraint", type = DropNotNullConstraintXml.class),
                @XmlElement(name = "addDefaultValue", type = AddDefaultValueXml.class),
                @XmlElement(name = "dropDefaultValue", type = DropDefaultValueXml.class),
                @XmlElement(name = "createIndex", type = CreateIndexXml.class),
                @XmlElement(name = "dropIndex", type = DropIndexXml.class),
                @XmlElement(name = "addUniqueConstraint", type = AddUniqueConstraintXml.class),
                @XmlElement(name = "dropUniqueConstraint", type = DropUniqueConstraintXml.class),
                @XmlElement(name = "addForeignKeyConstraint", type = AddForeignKeyConstraintXml.class),
                @XmlElement(name = "dropForeignKeyConstraint", type = DropForeignKeyConstraintXml.class),
                @XmlElement(name = "addCheckConstraint", type = AddCheckConstraintXml.class),
                @XmlElement(name = "dropCheckConstraint", type = DropCheckConstraintXml.class),
                @XmlElement(name = "createSequence", type = CreateSequenceXml.class),
                @XmlElement(name = "dropSequence", type = DropSequenceXml.class),
                @XmlElement(name = "sql", type = SqlXml.class),
                @XmlElement(name = "java", type = JavaXml.class)})
        List<Change> changes = new ArrayList<>();

        MigrationDocument toDocument(Locations at) {
            List<Operation> operations = new ArrayList<>();
            for (Change change : changes) {
                try {
                    operations.addAll(change.toOperations(at));
                } catch (IllegalArgumentException e) {
                    throw at.at(change, e);
                }
            }
            // the XSD's token type has already required one non-blank word; JAXB hands it over unstripped
            return new MigrationDocument(stripped(dependsOn), stripped(replaces), operations);
        }
    }

    static final class ColumnXml {
        @XmlAttribute
        String name;
        @XmlAttribute
        String type;
        @XmlAttribute
        @Nullable Boolean autoIncrement;
        @XmlAttribute
        @Nullable String defaultValue;
        @XmlAttribute
        @Nullable String defaultValueNumeric;
        @XmlAttribute
        @Nullable Boolean defaultValueBoolean;
        @XmlAttribute
        @Nullable String defaultValueComputed;
        @XmlElement
        @Nullable ConstraintsXml constraints;

        boolean primaryKey() {
            return constraints != null && isTrue(constraints.primaryKey);
        }

        Column toColumn() {
            if (primaryKey() && constraints != null && isTrue(constraints.nullable)) {
                throw new IllegalArgumentException("Column " + name + " is in the primary key and cannot be nullable");
            }
            boolean nullable = !primaryKey() && (constraints == null || !Boolean.FALSE.equals(constraints.nullable));
            return new Column(name, ColumnType.parse(type), nullable,
                    defaultValue("defaultValue", defaultValue, defaultValueNumeric, defaultValueBoolean,
                            defaultValueComputed),
                    isTrue(autoIncrement));
        }
    }

    static final class ConstraintsXml {
        @XmlAttribute
        @Nullable Boolean nullable;
        @XmlAttribute
        @Nullable Boolean primaryKey;
    }

    static final class IndexColumnXml {
        @XmlAttribute
        String name;
        @XmlAttribute
        @Nullable Boolean descending;
    }

    static final class CreateTableXml implements Change {
        @XmlAttribute
        String tableName;
        @XmlAttribute
        @Nullable String primaryKeyColumnNames;
        @XmlElement(name = "column")
        List<ColumnXml> columns = new ArrayList<>();

        @Override
        public List<Operation> toOperations(Locations at) {
            List<Column> converted = new ArrayList<>();
            List<String> primaryKey = new ArrayList<>();
            for (ColumnXml column : columns) {
                Column c;
                try {
                    c = column.toColumn();
                } catch (IllegalArgumentException e) {
                    throw at.at(column, e);
                }
                converted.add(c);
                if (column.primaryKey()) {
                    primaryKey.add(c.name());
                }
            }
            List<String> key = primaryKey;
            if (primaryKeyColumnNames != null) {
                try {
                    key = keyOrder(primaryKey);
                } catch (IllegalArgumentException e) {
                    throw at.at(this, e);
                }
            }
            return List.of(new CreateTable(tableName, converted, key));
        }

        /** The key in the order primaryKeyColumnNames (given) gives, which must name the marked columns, each once. */
        private List<String> keyOrder(List<String> marked) {
            List<String> ordered = names(Objects.requireNonNull(primaryKeyColumnNames)).stream()
                    .map(n -> Identifiers.require(n, "column")).toList();
            if (ordered.size() != marked.size() || !new HashSet<>(ordered).equals(new HashSet<>(marked))) {
                throw new IllegalArgumentException("createTable " + tableName + ": primaryKeyColumnNames \""
                        + primaryKeyColumnNames + "\" must name the columns marked primaryKey=\"true\", each once: "
                        + marked);
            }
            return ordered;
        }
    }

    static final class DropTableXml implements Change {
        @XmlAttribute
        String tableName;

        @Override
        public List<Operation> toOperations(Locations at) {
            return List.of(new DropTable(tableName));
        }
    }

    static final class RenameTableXml implements Change {
        @XmlAttribute
        String oldTableName;
        @XmlAttribute
        String newTableName;

        @Override
        public List<Operation> toOperations(Locations at) {
            return List.of(new RenameTable(oldTableName, newTableName));
        }
    }

    static final class AddColumnXml implements Change {
        @XmlAttribute
        String tableName;
        @XmlElement(name = "column")
        List<ColumnXml> columns = new ArrayList<>();

        @Override
        public List<Operation> toOperations(Locations at) {
            List<Operation> operations = new ArrayList<>();
            for (ColumnXml column : columns) {
                try {
                    if (column.primaryKey()) {
                        throw new IllegalArgumentException("Column " + column.name
                                + " cannot join the primary key in addColumn; only createTable declares one");
                    }
                    operations.add(new AddColumn(tableName, column.toColumn()));
                } catch (IllegalArgumentException e) {
                    throw at.at(column, e);
                }
            }
            return operations;
        }
    }

    static final class DropColumnXml implements Change {
        @XmlAttribute
        String tableName;
        @XmlAttribute
        String columnName;

        @Override
        public List<Operation> toOperations(Locations at) {
            return List.of(new DropColumn(tableName, columnName));
        }
    }

    static final class RenameColumnXml implements Change {
        @XmlAttribute
        String tableName;
        @XmlAttribute
        String oldColumnName;
        @XmlAttribute
        String newColumnName;

        @Override
        public List<Operation> toOperations(Locations at) {
            return List.of(new RenameColumn(tableName, oldColumnName, newColumnName));
        }
    }

    static final class ModifyDataTypeXml implements Change {
        @XmlAttribute
        String tableName;
        @XmlAttribute
        String columnName;
        @XmlAttribute
        String newDataType;

        @Override
        public List<Operation> toOperations(Locations at) {
            return List.of(new ModifyDataType(tableName, columnName, ColumnType.parse(newDataType)));
        }
    }

    static final class AddNotNullConstraintXml implements Change {
        @XmlAttribute
        String tableName;
        @XmlAttribute
        String columnName;
        @XmlAttribute
        @Nullable String defaultNullValue;
        @XmlAttribute
        @Nullable String defaultNullValueNumeric;
        @XmlAttribute
        @Nullable Boolean defaultNullValueBoolean;
        @XmlAttribute
        @Nullable String defaultNullValueComputed;
        @XmlAttribute
        @Nullable Boolean online;

        @Override
        public List<Operation> toOperations(Locations at) {
            return List.of(new AddNotNullConstraint(tableName, columnName, defaultValue("defaultNullValue",
                    defaultNullValue, defaultNullValueNumeric, defaultNullValueBoolean, defaultNullValueComputed),
                    isTrue(online)));
        }
    }

    static final class DropNotNullConstraintXml implements Change {
        @XmlAttribute
        String tableName;
        @XmlAttribute
        String columnName;

        @Override
        public List<Operation> toOperations(Locations at) {
            return List.of(new DropNotNullConstraint(tableName, columnName));
        }
    }

    static final class AddDefaultValueXml implements Change {
        @XmlAttribute
        String tableName;
        @XmlAttribute
        String columnName;
        @XmlAttribute
        @Nullable String defaultValue;
        @XmlAttribute
        @Nullable String defaultValueNumeric;
        @XmlAttribute
        @Nullable Boolean defaultValueBoolean;
        @XmlAttribute
        @Nullable String defaultValueComputed;

        @Override
        public List<Operation> toOperations(Locations at) {
            DefaultValue value = defaultValue("defaultValue", defaultValue, defaultValueNumeric, defaultValueBoolean,
                    defaultValueComputed);
            if (value == null) {
                throw new IllegalArgumentException("addDefaultValue needs one of defaultValue, defaultValueNumeric, "
                        + "defaultValueBoolean and defaultValueComputed");
            }
            return List.of(new AddDefaultValue(tableName, columnName, value));
        }
    }

    static final class DropDefaultValueXml implements Change {
        @XmlAttribute
        String tableName;
        @XmlAttribute
        String columnName;

        @Override
        public List<Operation> toOperations(Locations at) {
            return List.of(new DropDefaultValue(tableName, columnName));
        }
    }

    static final class CreateIndexXml implements Change {
        @XmlAttribute
        String tableName;
        @XmlAttribute
        String indexName;
        @XmlAttribute
        @Nullable Boolean unique;
        @XmlAttribute
        @Nullable Boolean online;
        @XmlElement(name = "column")
        List<IndexColumnXml> columns = new ArrayList<>();

        @Override
        public List<Operation> toOperations(Locations at) {
            List<IndexColumn> converted = new ArrayList<>(columns.size());
            for (IndexColumnXml c : columns) {
                try {
                    converted.add(new IndexColumn(c.name, isTrue(c.descending)));
                } catch (IllegalArgumentException e) {
                    throw at.at(c, e);
                }
            }
            return List.of(new CreateIndex(tableName, new Index(indexName, isTrue(unique), converted),
                    isTrue(online)));
        }
    }

    static final class DropIndexXml implements Change {
        @XmlAttribute
        String tableName;
        @XmlAttribute
        String indexName;

        @Override
        public List<Operation> toOperations(Locations at) {
            return List.of(new DropIndex(tableName, indexName));
        }
    }

    static final class AddUniqueConstraintXml implements Change {
        @XmlAttribute
        String tableName;
        @XmlAttribute
        String constraintName;
        @XmlAttribute
        String columnNames;
        @XmlAttribute
        @Nullable Boolean online;

        @Override
        public List<Operation> toOperations(Locations at) {
            return List.of(new AddUniqueConstraint(tableName, new UniqueConstraint(constraintName, names(columnNames)),
                    isTrue(online)));
        }
    }

    static final class DropUniqueConstraintXml implements Change {
        @XmlAttribute
        String tableName;
        @XmlAttribute
        String constraintName;

        @Override
        public List<Operation> toOperations(Locations at) {
            return List.of(new DropUniqueConstraint(tableName, constraintName));
        }
    }

    /** Liquibase's addCheckConstraint: the condition is the element's text. */
    static final class AddCheckConstraintXml implements Change {
        @XmlAttribute
        String tableName;
        @XmlAttribute
        String constraintName;
        @XmlAttribute
        @Nullable Boolean online;
        @XmlValue
        String expression;

        @Override
        public List<Operation> toOperations(Locations at) {
            return List.of(new AddCheckConstraint(tableName, new CheckConstraint(constraintName, expression),
                    isTrue(online)));
        }
    }

    static final class DropCheckConstraintXml implements Change {
        @XmlAttribute
        String tableName;
        @XmlAttribute
        String constraintName;

        @Override
        public List<Operation> toOperations(Locations at) {
            return List.of(new DropCheckConstraint(tableName, constraintName));
        }
    }

    static final class AddForeignKeyConstraintXml implements Change {
        @XmlAttribute
        String baseTableName;
        @XmlAttribute
        String baseColumnNames;
        @XmlAttribute
        String constraintName;
        @XmlAttribute
        String referencedTableName;
        @XmlAttribute
        String referencedColumnNames;
        @XmlAttribute
        @Nullable String onDelete;
        @XmlAttribute
        @Nullable Boolean online;

        @Override
        public List<Operation> toOperations(Locations at) {
            ReferentialAction action = onDelete == null ? ReferentialAction.NO_ACTION : ReferentialAction.fromSql(onDelete);
            return List.of(new AddForeignKeyConstraint(baseTableName, new ForeignKey(constraintName,
                    names(baseColumnNames), referencedTableName, names(referencedColumnNames), action), isTrue(online)));
        }
    }

    static final class DropForeignKeyConstraintXml implements Change {
        @XmlAttribute
        String baseTableName;
        @XmlAttribute
        String constraintName;

        @Override
        public List<Operation> toOperations(Locations at) {
            return List.of(new DropForeignKeyConstraint(baseTableName, constraintName));
        }
    }

    static final class CreateSequenceXml implements Change {
        @XmlAttribute
        String sequenceName;
        @XmlAttribute
        @Nullable Long startValue;
        @XmlAttribute
        @Nullable Long incrementBy;

        @Override
        public List<Operation> toOperations(Locations at) {
            return List.of(new CreateSequence(new Sequence(sequenceName, startValue == null ? 1 : startValue,
                    incrementBy == null ? 1 : incrementBy)));
        }
    }

    static final class DropSequenceXml implements Change {
        @XmlAttribute
        String sequenceName;

        @Override
        public List<Operation> toOperations(Locations at) {
            return List.of(new DropSequence(sequenceName));
        }
    }

    @XmlType(propOrder = {"statements", "rollback"})
    static final class SqlXml implements Change {
        @XmlAttribute
        @Nullable String dbms;
        @XmlElement(name = "statement")
        List<String> statements = new ArrayList<>();
        @XmlElement
        @Nullable SqlRollbackXml rollback;

        @Override
        public List<Operation> toOperations(Locations at) {
            return List.of(new SqlOperation(statements(statements),
                    rollback == null ? List.of() : statements(rollback.statements),
                    dbms == null ? List.of() : SqlOperation.parseDbms(dbms)));
        }
    }

    /** A data migration in Java: the class that implements {@code dev.migrate.DataMigration}. */
    static final class JavaXml implements Change {
        @XmlAttribute(name = "class")
        String className;
        @XmlAttribute
        @Nullable String version;

        @Override
        public List<Operation> toOperations(Locations at) {
            return List.of(new JavaOperation(className.strip(), version == null ? null : version.strip()));
        }
    }

    static final class SqlRollbackXml {
        @XmlElement(name = "statement")
        List<String> statements = new ArrayList<>();
    }

    private static boolean isTrue(@Nullable Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    /** Reads one of the four Liquibase default attributes (named prefix, prefixNumeric, ...); null if none. */
    private static @Nullable DefaultValue defaultValue(String prefix, @Nullable String string,
            @Nullable String numeric, @Nullable Boolean bool, @Nullable String computed) {
        int given = (string != null ? 1 : 0) + (numeric != null ? 1 : 0) + (bool != null ? 1 : 0)
                + (computed != null ? 1 : 0);
        if (given > 1) {
            throw new IllegalArgumentException("Use only one of " + prefix + ", " + prefix + "Numeric, " + prefix
                    + "Boolean and " + prefix + "Computed");
        }
        if (string != null) {
            return DefaultValue.string(string);
        }
        if (numeric != null) {
            return DefaultValue.numeric(numeric.strip());
        }
        if (bool != null) {
            return DefaultValue.bool(bool);
        }
        return computed == null ? null : DefaultValue.computed(computed.strip());
    }

    private static List<String> names(String commaSeparated) {
        return stripped(Arrays.asList(commaSeparated.split(",", -1)));
    }

    /**
     * Each text without surrounding white space. Loops rather than streams here and below: every file
     * is read through these at every start, mostly before anything is compiled.
     */
    private static List<String> stripped(List<String> texts) {
        List<String> stripped = new ArrayList<>(texts.size());
        for (String text : texts) {
            stripped.add(text.strip());
        }
        return List.copyOf(stripped);
    }

    /** Statement text as written, without surrounding whitespace and one trailing semicolon. */
    private static List<String> statements(List<String> texts) {
        List<String> statements = new ArrayList<>(texts.size());
        for (String text : texts) {
            String statement = text.strip();
            statements.add(statement.endsWith(";") ? statement.substring(0, statement.length() - 1).strip() : statement);
        }
        return List.copyOf(statements);
    }
}
