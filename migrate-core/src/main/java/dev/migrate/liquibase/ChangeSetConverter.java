package dev.migrate.liquibase;

import dev.migrate.schema.Column;
import dev.migrate.schema.DataType;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Converts one changeSet into migrate changes: each change migrate shares becomes the same change;
 * data changes ({@code insert}, {@code update}, {@code delete}, {@code loadData}) and what migrate's
 * model has no place for ({@code addPrimaryKey} on an existing table, views, procedures) become
 * {@code <sql>} with a note saying why; what cannot be converted faithfully is refused, naming the
 * change's file and line.
 */
final class ChangeSetConverter {

    /** The changes, as migrate markup, and the notes to write above them. */
    record Converted(List<String> changes, List<String> notes) {
    }

    private static final Set<String> DBMS_NAMES = Set.of("postgresql", "mariadb", "h2");

    private final ChangelogResources resources;
    private final @Nullable String dbms;
    private final boolean caseSensitiveTableNames;
    private ChangeSet changeSet;
    private Schema schema;
    private List<String> changes;
    private List<String> notes;
    private List<String> refusals;
    /** Tables created in this changeSet, to fold a later addPrimaryKey into them. */
    private Map<String, Tag> createdHere;
    private Map<String, List<String>> primaryKeys;

    // the fields of one changeSet are set by convert, under which every other method runs
    @SuppressWarnings("NullAway.Init")
    ChangeSetConverter(ChangelogResources resources, @Nullable String dbms, boolean caseSensitiveTableNames) {
        this.resources = resources;
        this.dbms = dbms;
        this.caseSensitiveTableNames = caseSensitiveTableNames;
    }

    /** migrate keeps names in lower case: a table made with upper-case letters would be another table. */
    private void lowerCaseTable(Element change, String table) {
        if (caseSensitiveTableNames && !table.equals(table.toLowerCase(Locale.ROOT))) {
            throw refuse(change, "the table name " + table + " has upper-case letters, and this database keeps table"
                    + " names as written (MariaDB's lower_case_table_names=0), while migrate names every table in lower"
                    + " case: its migrations would not find the table Liquibase made. Rename the tables to lower"
                    + " case first, or run the database with lower_case_table_names=1");
        }
    }

    /**
     * @param schema the schema the changeSets before this one describe, to look up column types
     * @param refusals where each change that cannot be converted is described
     */
    Converted convert(ChangeSet changeSet, Schema schema, List<String> refusals) {
        this.changeSet = changeSet;
        this.schema = schema;
        this.changes = new ArrayList<>();
        this.notes = new ArrayList<>();
        this.refusals = refusals;
        this.createdHere = new LinkedHashMap<>();
        this.primaryKeys = new HashMap<>();
        Element element = changeSet.element();
        attributeNotes(element);
        List<Element> children = children(element);
        collectPrimaryKeys(children);
        Element rollback = null;
        for (Element change : children) {
            String name = ChangelogReader.name(change);
            switch (name) {
                case "comment", "validCheckSum", "tagDatabase", "output", "empty" -> {
                    if (name.equals("tagDatabase")) {
                        notes.add("Liquibase tag " + attr(change, "tag") + " (tags have no meaning in migrate: the"
                                + " migration id is the point to go back to)");
                    }
                }
                case "preConditions" -> notes.add("Its preconditions (line " + ChangelogReader.line(change) + ") are"
                        + " not converted: migrate runs each migration exactly once, in order, and a database where"
                        + " Liquibase marked it ran (MARK_RAN) is recorded as applied without running it");
                case "rollback" -> rollback = change;
                default -> {
                    try {
                        change(change);
                    } catch (LiquibaseImportException e) {
                        refusals.add(e.getMessage());
                    }
                }
            }
        }
        if (rollback != null) {
            rollback(rollback);
        }
        return new Converted(List.copyOf(changes), List.copyOf(notes));
    }

    private void attributeNotes(Element element) {
        if ("true".equals(element.getAttribute("runAlways"))) {
            notes.add("runAlways=\"true\" in Liquibase: migrate runs it once, like every migration");
        }
        if ("true".equals(element.getAttribute("runOnChange"))) {
            notes.add("runOnChange=\"true\" in Liquibase: in migrate, change it with a new migration (a changed"
                    + " file that was applied is refused by its checksum)");
        }
        if ("false".equals(element.getAttribute("failOnError"))) {
            notes.add("failOnError=\"false\" in Liquibase: in migrate a failing statement fails the migration");
        }
        if ("false".equals(element.getAttribute("runInTransaction"))) {
            notes.add("runInTransaction=\"false\" in Liquibase: migrate runs it in the migration's transaction"
                    + " where the database has transactional DDL");
        }
        if (!element.getAttribute("context").isEmpty() || !element.getAttribute("contextFilter").isEmpty()) {
            notes.add("Liquibase context: " + (element.hasAttribute("contextFilter") ? element.getAttribute("contextFilter")
                    : element.getAttribute("context")) + " (imported because the import's contexts select it)");
        }
        if (!element.getAttribute("labels").isEmpty()) {
            notes.add("Liquibase labels: " + element.getAttribute("labels") + " (migrate has no labels: it runs on"
                    + " every database)");
        }
        if (!element.getAttribute("dbms").isEmpty()) {
            notes.add("Liquibase dbms: " + element.getAttribute("dbms") + " (imported for " + dbms + ")");
        }
        for (Element child : children(element)) {
            if (ChangelogReader.name(child).equals("validCheckSum")) {
                notes.add("validCheckSum " + child.getTextContent().strip() + " is not needed: migrate keeps its own"
                        + " checksum from here on");
            }
            if (ChangelogReader.name(child).equals("comment")) {
                notes.add("Liquibase comment: " + child.getTextContent().strip());
            }
        }
    }

    private void collectPrimaryKeys(List<Element> children) {
        Set<String> created = new HashSet<>();
        for (Element change : children) {
            String name = ChangelogReader.name(change);
            if (name.equals("createTable")) {
                created.add(lower(attr(change, "tableName")));
            } else if (name.equals("addPrimaryKey") && created.contains(lower(attr(change, "tableName")))
                    && !primaryKeys.containsKey(lower(attr(change, "tableName")))
                    && attr(change, "columnNames") != null) {
                // one without columnNames is not folded: converted on its own, it is refused for that
                primaryKeys.put(lower(attr(change, "tableName")), list(Objects.requireNonNull(attr(change, "columnNames"))));
                change.setUserData("migrate.folded", Boolean.TRUE, null);
            }
        }
    }

    private void change(Element change) {
        noSchemaName(change);
        switch (ChangelogReader.name(change)) {
            case "createTable" -> createTable(change);
            case "addColumn" -> addColumn(change);
            case "dropColumn" -> dropColumn(change);
            case "renameColumn" -> {
                String table = required(change, "tableName");
                add(new Tag("renameColumn").attr("tableName", table)
                        .attr("oldColumnName", required(change, "oldColumnName"))
                        .attr("newColumnName", required(change, "newColumnName")));
                String declared = attr(change, "columnDataType");
                mariaDbModify(table, required(change, "oldColumnName"), required(change, "newColumnName"),
                        declared == null || !declared.toLowerCase(Locale.ROOT).contains("not null"), "renameColumn");
            }
            case "renameTable" -> {
                lowerCaseTable(change, required(change, "newTableName"));
                add(new Tag("renameTable").attr("oldTableName", required(change, "oldTableName"))
                        .attr("newTableName", required(change, "newTableName")));
            }
            case "dropTable" -> {
                if ("true".equals(attr(change, "cascadeConstraints"))) {
                    notes.add("dropTable " + attr(change, "tableName") + " had cascadeConstraints=\"true\": migrate"
                            + " refuses to drop a table that foreign keys point at; drop them first");
                }
                add(new Tag("dropTable").attr("tableName", required(change, "tableName")));
            }
            case "modifyDataType" -> modifyDataType(change);
            case "addNotNullConstraint" -> addNotNull(change);
            case "dropNotNullConstraint" -> {
                add(new Tag("dropNotNullConstraint").attr("tableName", required(change, "tableName"))
                        .attr("columnName", required(change, "columnName")));
                mariaDbModify(required(change, "tableName"), required(change, "columnName"),
                        required(change, "columnName"), false, "dropNotNullConstraint");
            }
            case "addDefaultValue" -> {
                Tag tag = new Tag("addDefaultValue").attr("tableName", required(change, "tableName"))
                        .attr("columnName", required(change, "columnName"));
                defaults(change, tag, columnType(attr(change, "tableName"), attr(change, "columnName")));
                add(tag);
            }
            case "dropDefaultValue" -> add(new Tag("dropDefaultValue").attr("tableName", required(change, "tableName"))
                    .attr("columnName", required(change, "columnName")));
            case "createIndex" -> createIndex(change);
            case "dropIndex" -> dropIndex(change);
            case "addUniqueConstraint" -> {
                String table = required(change, "tableName");
                List<String> columns = list(required(change, "columnNames"));
                add(new Tag("addUniqueConstraint").attr("tableName", table)
                        .attr("constraintName", orElse(attr(change, "constraintName"), uniqueName(table, columns)))
                        .attr("columnNames", String.join(", ", columns)));
                ignoredAttributes(change, "deferrable", "initiallyDeferred", "disabled", "forIndexName", "clustered");
            }
            case "dropUniqueConstraint" -> add(new Tag("dropUniqueConstraint")
                    .attr("tableName", required(change, "tableName"))
                    .attr("constraintName", required(change, "constraintName")));
            case "addForeignKeyConstraint" -> addForeignKey(change);
            case "dropForeignKeyConstraint" -> add(new Tag("dropForeignKeyConstraint")
                    .attr("baseTableName", required(change, "baseTableName"))
                    .attr("constraintName", required(change, "constraintName")));
            case "createSequence" -> {
                add(new Tag("createSequence").attr("sequenceName", required(change, "sequenceName"))
                        .attr("startValue", attr(change, "startValue")).attr("incrementBy", attr(change, "incrementBy")));
                ignoredAttributes(change, "minValue", "maxValue", "cycle", "cacheSize", "ordered", "dataType");
            }
            case "dropSequence" -> add(new Tag("dropSequence").attr("sequenceName", required(change, "sequenceName")));
            case "addCheckConstraint" -> add(new Tag("addCheckConstraint").attr("tableName", required(change, "tableName"))
                    .attr("constraintName", required(change, "constraintName")).text(text(change)));
            case "dropCheckConstraint" -> add(new Tag("dropCheckConstraint").attr("tableName", required(change, "tableName"))
                    .attr("constraintName", required(change, "constraintName")));
            case "addPrimaryKey" -> {
                if (change.getUserData("migrate.folded") == null) {
                    String table = required(change, "tableName");
                    sql("addPrimaryKey on " + table + ", a table created by an earlier changeSet: migrate's"
                            + " createTable holds the primary key, so it is kept as SQL and the migrations' model"
                            + " does not know this key",
                            List.of("alter table " + table + " add " + (attr(change, "constraintName") == null ? ""
                                    : "constraint " + attr(change, "constraintName") + " ") + "primary key ("
                                    + String.join(", ", list(required(change, "columnNames"))) + ")"), null);
                }
            }
            case "sql" -> sqlChange(change, text(change));
            case "sqlFile" -> sqlChange(change, sqlFile(change));
            case "createView" -> {
                String text = text(change).strip();
                boolean full = "true".equals(attr(change, "fullDefinition"));
                String view = required(change, "viewName");
                String statement = full ? text : ("true".equals(attr(change, "replaceIfExists")) ? "create or replace view "
                        : "create view ") + view + " as " + text;
                sql("createView " + view + ": migrate's model has no views", List.of(statement),
                        "drop view " + view);
            }
            case "dropView" -> sql("dropView: migrate's model has no views",
                    List.of("drop view " + required(change, "viewName")), null);
            case "createProcedure" -> sql("createProcedure: migrate's model has no procedures",
                    List.of(text(change).strip()), null);
            case "insert" -> insert(change);
            case "update" -> update(change);
            case "delete" -> {
                String where = whereOf(change);
                sql("delete: data changes are kept as SQL", List.of("delete from " + required(change, "tableName")
                        + (where == null ? "" : " where " + where)), null);
            }
            case "loadData" -> loadData(change);
            default -> throw refuse(change, "<" + ChangelogReader.name(change) + "> has no migrate equivalent"
                    + (ChangelogReader.name(change).equals("customChange")
                            ? " (a Java class of Liquibase's API): rewrite it as a <java> data migration"
                            : ": rewrite it as <sql> in the changelog, then import again"));
        }
    }

    // --- tables and columns

    private void createTable(Element change) {
        String table = required(change, "tableName");
        lowerCaseTable(change, table);
        ignoredAttributes(change, "tablespace", "remarks");
        Tag tag = new Tag("createTable").attr("tableName", table);
        List<String> pk = primaryKeys.get(lower(table));
        List<Tag> after = new ArrayList<>();
        List<String> pkFromColumns = new ArrayList<>();
        for (Element column : children(change, "column")) {
            String name = required(column, "name");
            Tag columnTag = column(column, table, after, pk != null && pk.contains(lower(name)));
            tag.child(columnTag);
            Element constraints = child(column, "constraints");
            if (constraints != null && "true".equals(attr(constraints, "primaryKey"))) {
                pkFromColumns.add(lower(name));
            }
        }
        if (pk != null) {
            if (!pkFromColumns.isEmpty()) {
                throw refuse(change, "the table " + table + " has primary key columns and an addPrimaryKey in the same changeSet");
            }
            tag.attr("primaryKeyColumnNames", String.join(", ", pk));
        }
        createdHere.put(lower(table), tag);
        add(tag);
        after.forEach(this::add);
    }

    /** A column; its unique and foreign key constraints go to {@code after}, as the changes that follow. */
    private Tag column(Element column, String table, List<Tag> after, boolean inPrimaryKey) {
        String name = required(column, "name");
        String type = type(column, required(column, "type"));
        Tag tag = new Tag("column").attr("name", name).attr("type", type);
        if ("true".equals(attr(column, "autoIncrement"))) {
            tag.attr("autoIncrement", "true");
            if (attr(column, "startWith") != null || attr(column, "incrementBy") != null) {
                notes.add("Column " + table + "." + name + ": autoIncrement's startWith/incrementBy are not kept");
            }
        }
        defaults(column, tag, type);
        if (attr(column, "remarks") != null) {
            notes.add("Column " + table + "." + name + " remarks (a database comment) not kept: " + attr(column, "remarks"));
        }
        Element constraints = child(column, "constraints");
        boolean primaryKey = inPrimaryKey;
        boolean nullable = true;
        if (constraints != null) {
            primaryKey |= "true".equals(attr(constraints, "primaryKey"));
            nullable = !"false".equals(attr(constraints, "nullable"));
            if ("true".equals(attr(constraints, "unique"))) {
                after.add(new Tag("addUniqueConstraint").attr("tableName", table)
                        .attr("constraintName", orElse(attr(constraints, "uniqueConstraintName"),
                                uniqueName(table, List.of(name))))
                        .attr("columnNames", name));
            }
            String referencedTable = attr(constraints, "referencedTableName");
            String referencedColumns = attr(constraints, "referencedColumnNames");
            String references = attr(constraints, "references");
            if (references != null && referencedTable == null) {
                int open = references.indexOf('(');
                if (open < 0 || !references.endsWith(")")) {
                    throw refuse(constraints, "references=\"" + references + "\" is not table(column)");
                }
                referencedTable = references.substring(0, open).strip();
                referencedColumns = references.substring(open + 1, references.length() - 1);
            }
            if (referencedTable != null || attr(constraints, "foreignKeyName") != null) {
                if (referencedTable == null || referencedColumns == null) {
                    throw refuse(constraints, "a foreign key (foreignKeyName) needs referencedTableName and"
                            + " referencedColumnNames, or references=\"table(column)\"");
                }
                after.add(new Tag("addForeignKeyConstraint").attr("baseTableName", table).attr("baseColumnNames", name)
                        .attr("constraintName", orElse(attr(constraints, "foreignKeyName"), table + "_" + name + "_fkey"))
                        .attr("referencedTableName", referencedTable)
                        .attr("referencedColumnNames", String.join(", ", list(referencedColumns)))
                        .attr("onDelete", "true".equals(attr(constraints, "deleteCascade")) ? "CASCADE" : null));
            }
            if (attr(constraints, "checkConstraint") != null) {
                throw refuse(constraints, "checkConstraint in a column's constraints is not converted: write it as"
                        + " <addCheckConstraint> or <sql>");
            }
        }
        if (primaryKey || !nullable) {
            Tag constraintsTag = new Tag("constraints");
            if (primaryKey) {
                constraintsTag.attr("primaryKey", "true");
            }
            constraintsTag.attr("nullable", "false");
            tag.child(constraintsTag);
        }
        return tag;
    }

    private void addColumn(Element change) {
        String table = required(change, "tableName");
        Tag tag = new Tag("addColumn").attr("tableName", table);
        List<Tag> after = new ArrayList<>();
        for (Element column : children(change, "column")) {
            Element constraints = child(column, "constraints");
            if (constraints != null && "true".equals(attr(constraints, "primaryKey"))) {
                throw refuse(column, "a primary key column added to the existing table " + table
                        + " is not converted (migrate does not change a primary key)");
            }
            ignoredAttributes(column, "afterColumn", "beforeColumn", "position");
            tag.child(column(column, table, after, false));
        }
        add(tag);
        after.forEach(this::add);
    }

    private void dropColumn(Element change) {
        String table = required(change, "tableName");
        List<String> names = new ArrayList<>();
        if (attr(change, "columnName") != null) {
            names.add(attr(change, "columnName"));
        }
        for (Element column : children(change, "column")) {
            names.add(required(column, "name"));
        }
        if (names.isEmpty()) {
            throw refuse(change, "dropColumn names no column");
        }
        for (String name : names) {
            add(new Tag("dropColumn").attr("tableName", table).attr("columnName", name));
        }
    }

    private void modifyDataType(Element change) {
        String table = required(change, "tableName");
        String columnName = required(change, "columnName");
        add(new Tag("modifyDataType").attr("tableName", table).attr("columnName", columnName)
                .attr("newDataType", type(change, required(change, "newDataType"))));
        mariaDbModify(table, columnName, columnName, true, "modifyDataType");
    }

    /**
     * On MariaDB Liquibase changes a column with ALTER TABLE ... MODIFY (or CHANGE, to rename it), which
     * sets the whole column definition: the default goes and, unless the statement says NOT NULL, so does
     * NOT NULL (measured with Liquibase 4.33). The migration does the same, and says so.
     */
    private void mariaDbModify(String table, String columnName, String nameAfter, boolean dropsNotNull, String what) {
        if (!"mariadb".equals(dbms)) {
            return;
        }
        Optional<Column> column = schema.table(table).flatMap(t -> t.column(columnName));
        if (dropsNotNull && column.isPresent() && !column.get().nullable()) {
            add(new Tag("dropNotNullConstraint").attr("tableName", table).attr("columnName", nameAfter));
            notes.add(what + " of " + table + "." + columnName + ": Liquibase's ALTER TABLE ... MODIFY/CHANGE on"
                    + " MariaDB drops its NOT NULL, so the migration does too");
        }
        if (column.isPresent() && column.get().defaultValue() != null) {
            add(new Tag("dropDefaultValue").attr("tableName", table).attr("columnName", nameAfter));
            notes.add(what + " of " + table + "." + columnName + ": Liquibase's ALTER TABLE ... MODIFY/CHANGE on"
                    + " MariaDB drops its default, so the migration does too");
        }
    }

    private void addNotNull(Element change) {
        String table = required(change, "tableName");
        String column = required(change, "columnName");
        Tag tag = new Tag("addNotNullConstraint").attr("tableName", table).attr("columnName", column);
        String value = attr(change, "defaultNullValue");
        if (value != null) {
            String type = columnType(table, column);
            switch (kindOf(type, value)) {
                case "booleanAsNumber" -> tag.attr("defaultNullValueNumeric", bool(value).equals("true") ? "1" : "0");
                case "numeric" -> tag.attr("defaultNullValueNumeric", value);
                case "boolean" -> tag.attr("defaultNullValueBoolean", bool(value));
                case "computed" -> tag.attr("defaultNullValueComputed", value);
                default -> tag.attr("defaultNullValue", value);
            }
        }
        add(tag);
        mariaDbModify(table, column, column, false, "addNotNullConstraint");
    }

    private void createIndex(Element change) {
        String table = required(change, "tableName");
        List<Element> columns = children(change, "column");
        List<String> names = new ArrayList<>();
        Tag tag = new Tag("createIndex").attr("tableName", table);
        for (Element column : columns) {
            if ("true".equals(attr(column, "computed"))) {
                throw refuse(column, "an index on an expression is not converted: write it as <sql>");
            }
            names.add(required(column, "name"));
            tag.child(new Tag("column").attr("name", required(column, "name"))
                    .attr("descending", "true".equals(attr(column, "descending")) ? "true" : null));
        }
        tag.attr("indexName", orElse(attr(change, "indexName"), "idx_" + table + "_" + String.join("_", names)));
        if (attr(change, "indexName") == null) {
            notes.add("createIndex on " + table + " had no indexName; migrate names it " + "idx_" + table + "_"
                    + String.join("_", names));
        }
        tag.attr("unique", "true".equals(attr(change, "unique")) ? "true" : null);
        ignoredAttributes(change, "tablespace", "clustered");
        add(tag);
    }

    private void dropIndex(Element change) {
        String index = required(change, "indexName");
        String table = attr(change, "tableName");
        if (table == null) {
            table = schema.tables().stream().filter(t -> t.index(index).isPresent()).map(Table::name).findFirst()
                    .orElseThrow(() -> refuse(change, "dropIndex " + index + " has no tableName and no earlier"
                            + " changeSet creates an index of that name"));
        }
        add(new Tag("dropIndex").attr("tableName", table).attr("indexName", index));
    }

    private void addForeignKey(Element change) {
        String onDelete = attr(change, "onDelete");
        if ("true".equals(attr(change, "deleteCascade"))) {
            onDelete = "CASCADE";
        }
        String onUpdate = attr(change, "onUpdate");
        if (onUpdate != null && !onUpdate.equalsIgnoreCase("NO ACTION") && !onUpdate.equalsIgnoreCase("RESTRICT")) {
            throw refuse(change, "onUpdate=\"" + onUpdate + "\": migrate's foreign keys have no update rule");
        }
        ignoredAttributes(change, "deferrable", "initiallyDeferred", "validate");
        add(new Tag("addForeignKeyConstraint").attr("baseTableName", required(change, "baseTableName"))
                .attr("baseColumnNames", String.join(", ", list(required(change, "baseColumnNames"))))
                .attr("constraintName", required(change, "constraintName"))
                .attr("referencedTableName", required(change, "referencedTableName"))
                .attr("referencedColumnNames", String.join(", ", list(required(change, "referencedColumnNames"))))
                .attr("onDelete", onDelete == null ? null : onDelete.toUpperCase(Locale.ROOT)));
    }

    private void defaults(Element column, Tag tag, @Nullable String type) {
        String value = column.hasAttribute("defaultValue")
                ? Properties.substitute(column.getAttribute("defaultValue"), changeSet.properties(), where(column)) : null;
        if (value != null) {
            String kind = kindOf(type, value);
            switch (kind) {
                case "booleanAsNumber" -> tag.attr("defaultValueNumeric", bool(value).equals("true") ? "1" : "0");
                case "numeric" -> tag.attr("defaultValueNumeric", value);
                case "boolean" -> tag.attr("defaultValueBoolean", bool(value));
                default -> tag.attr("defaultValue", value);
            }
        }
        String numeric = attr(column, "defaultValueNumeric");
        if (numeric != null) {
            tag.attr("defaultValueNumeric", numeric);
        }
        String flag = attr(column, "defaultValueBoolean");
        if (flag != null) {
            if ("tinyint".equals(type)) {
                // a boolean Liquibase made as tinyint(1) (MariaDB) holds 0 and 1
                tag.attr("defaultValueNumeric", bool(flag).equals("true") ? "1" : "0");
            } else {
                tag.attr("defaultValueBoolean", bool(flag));
            }
        }
        String date = attr(column, "defaultValueDate");
        if (date != null) {
            tag.attr("defaultValue", date.replace('T', ' '));
        }
        String expression = attr(column, "defaultValueComputed");
        if (expression != null) {
            tag.attr("defaultValueComputed", computed(expression));
        }
        if (attr(column, "defaultValueSequenceNext") != null) {
            throw refuse(column, "defaultValueSequenceNext is not converted: write the default as"
                    + " defaultValueComputed (nextval('seq') on PostgreSQL)");
        }
    }

    /** How a Liquibase value for a column of a type is written: numeric, boolean, computed or string. */
    private static String kindOf(@Nullable String type, String value) {
        String lower = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (lower.equals("boolean") && value.matches("(?i)true|false|1|0")) {
            return "boolean";
        }
        if (lower.equals("tinyint") && value.matches("(?i)true|false")) {
            return "booleanAsNumber";
        }
        if (lower.matches("bigint|integer|smallint|tinyint|decimal.*|float|double|native:numeric")
                && value.matches("-?\\d+(\\.\\d+)?")) {
            return "numeric";
        }
        return "string";
    }

    /**
     * A computed default as the databases read it back: a bare function ({@code CURRENT_TIMESTAMP},
     * {@code NOW()}) in lower case, so that the live schema of a database Liquibase made compares equal.
     */
    private static String computed(String expression) {
        String trimmed = expression.strip();
        return trimmed.matches("[A-Za-z_]+(\\(\\))?") ? trimmed.toLowerCase(Locale.ROOT) : trimmed;
    }

    private static String bool(String value) {
        return value.equalsIgnoreCase("true") || value.equals("1") ? "true" : "false";
    }

    // --- SQL

    private void sqlChange(Element change, String text) {
        String list = attr(change, "dbms");
        String dbmsAttribute = null;
        if (list != null) {
            if (!Dbms.matches(list, dbms)) {
                notes.add("An <sql> for " + list + " only (line " + ChangelogReader.line(change) + "): nothing on "
                        + dbms);
                return;
            }
            List<String> ours = new ArrayList<>();
            boolean negative = false;
            for (String entry : list.split(",")) {
                String name = entry.trim().toLowerCase(Locale.ROOT);
                negative |= name.startsWith("!");
                if (DBMS_NAMES.contains(name)) {
                    ours.add(name);
                }
            }
            dbmsAttribute = negative || ours.isEmpty() ? null : String.join(",", ours);
        }
        boolean split = !"false".equals(attr(change, "splitStatements"));
        String delimiter = attr(change, "endDelimiter");
        List<String> statements = split ? Statements.split(text, delimiter) : List.of(text.strip());
        statements = statements.stream().filter(s -> !Statements.isEmpty(s)).toList();
        if (statements.isEmpty()) {
            notes.add("An empty <sql> (line " + ChangelogReader.line(change) + ") left out");
            return;
        }
        Tag tag = new Tag("sql").attr("dbms", dbmsAttribute);
        statements.forEach(s -> tag.child(new Tag("statement").text(s)));
        add(tag);
    }

    private String sqlFile(Element change) {
        String path = required(change, "path");
        if ("true".equals(attr(change, "relativeToChangelogFile"))) {
            path = sibling(changeSet.path(), path);
        }
        return read(change, path, attr(change, "encoding"));
    }

    private void sql(String why, List<String> statements, @Nullable String rollback) {
        notes.add("Kept as SQL: " + why);
        Tag tag = new Tag("sql");
        statements.forEach(s -> tag.child(new Tag("statement").text(s)));
        if (rollback != null) {
            tag.child(new Tag("rollback").child(new Tag("statement").text(rollback)));
        }
        add(tag);
    }

    private void rollback(Element rollback) {
        String text = directText(rollback).strip();
        boolean onlySql = !changes.isEmpty() && changes.stream().allMatch(c -> c.startsWith("<sql"));
        if (!text.isEmpty() && children(rollback).isEmpty() && onlySql && changes.size() == 1
                && !changes.get(0).contains("<rollback>")) {
            List<String> statements = Statements.split(text, null).stream().filter(s -> !Statements.isEmpty(s)).toList();
            Tag tag = new Tag("rollback");
            statements.forEach(s -> tag.child(new Tag("statement").text(s)));
            String sql = changes.get(0);
            changes.set(0, sql.substring(0, sql.length() - "</sql>".length()) + tag + "</sql>");
            return;
        }
        if (!text.isEmpty() || !children(rollback).isEmpty()) {
            notes.add("Its <rollback> (line " + ChangelogReader.line(rollback) + ") is not converted: migrate"
                    + (onlySql ? " keeps a rollback only for a changeSet of one <sql>" : " reverses its changes itself"));
        }
    }

    // --- data

    private void insert(Element change) {
        String table = required(change, "tableName");
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Element column : children(change, "column")) {
            String name = required(column, "name");
            names.add(name);
            values.add(valueOf(column, table, name));
        }
        sql("insert: data changes are kept as SQL", List.of("insert into " + table + " (" + String.join(", ", names)
                + ") values (" + String.join(", ", values) + ")"), null);
    }

    private void update(Element change) {
        String table = required(change, "tableName");
        List<String> sets = new ArrayList<>();
        for (Element column : children(change, "column")) {
            String name = required(column, "name");
            sets.add(name + " = " + valueOf(column, table, name));
        }
        String where = whereOf(change);
        sql("update: data changes are kept as SQL", List.of("update " + table + " set " + String.join(", ", sets)
                + (where == null ? "" : " where " + where)), null);
    }

    private @Nullable String whereOf(Element change) {
        Element where = child(change, "where");
        if (where == null) {
            return null;
        }
        if (!children(change, "whereParams").isEmpty()) {
            throw refuse(change, "whereParams are not converted: write the condition in <where>");
        }
        return Properties.substitute(where.getTextContent().strip(), changeSet.properties(), where(change));
    }

    private String valueOf(Element column, String table, String name) {
        String numeric = attr(column, "valueNumeric");
        if (numeric != null) {
            return numeric;
        }
        String flag = attr(column, "valueBoolean");
        if (flag != null) {
            return bool(flag);
        }
        String expression = attr(column, "valueComputed");
        if (expression != null) {
            return expression;
        }
        String date = attr(column, "valueDate");
        if (date != null) {
            return literal(date.replace('T', ' '));
        }
        if (column.hasAttribute("value")) {
            return literal(Properties.substitute(column.getAttribute("value"), changeSet.properties(), where(column)));
        }
        if (attr(column, "valueClobFile") != null || attr(column, "valueBlobFile") != null) {
            throw refuse(column, "values from files (valueClobFile, valueBlobFile) are not converted");
        }
        return "null";
    }

    private String literal(String value) {
        String escaped = value.replace("'", "''");
        if ("mariadb".equals(dbms) || "mysql".equals(dbms)) {
            escaped = escaped.replace("\\", "\\\\");
        }
        return "'" + escaped + "'";
    }

    private void loadData(Element change) {
        String table = required(change, "tableName");
        String path = required(change, "file");
        if ("true".equals(attr(change, "relativeToChangelogFile"))) {
            path = sibling(changeSet.path(), path);
        }
        String separator = orElse(attr(change, "separator"), ",");
        String quote = orElse(attr(change, "quotchar"), "\"");
        String commentLineStartsWith = attr(change, "commentLineStartsWith");
        List<List<String>> rows = Csv.parse(read(change, path, attr(change, "encoding")), separator.charAt(0),
                quote.isEmpty() ? 0 : quote.charAt(0), commentLineStartsWith == null ? "#" : commentLineStartsWith);
        if (rows.isEmpty()) {
            notes.add("loadData " + path + " has no rows");
            return;
        }
        List<String> header = rows.get(0);
        Map<String, Element> configured = new HashMap<>();
        for (Element column : children(change, "column")) {
            String header1 = orElse(attr(column, "header"), attr(column, "name"));
            if (attr(column, "index") != null && header1 == null) {
                header1 = header.get(Integer.parseInt(attr(column, "index")));
            }
            if (header1 != null) {
                configured.put(header1, column);
            }
        }
        List<String> names = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String head = header.get(i).strip();
            Element column = configured.get(head);
            String kind = column == null ? null : attr(column, "type");
            if (kind != null && kind.equalsIgnoreCase("skip")) {
                continue;
            }
            String name = orElse(column == null ? null : attr(column, "name"), head);
            names.add(name);
            positions.add(i);
            kinds.add(kind == null ? kindFromSchema(table, name) : kind.toLowerCase(Locale.ROOT));
        }
        List<String> statements = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                int position = positions.get(i);
                String value = position < row.size() ? row.get(position) : null;
                values.add(csvValue(value, kinds.get(i), change));
            }
            statements.add("insert into " + table + " (" + String.join(", ", names) + ") values ("
                    + String.join(", ", values) + ")");
        }
        notes.add("loadData " + path + ": " + statements.size() + " row(s) kept as SQL inserts");
        Tag tag = new Tag("sql");
        statements.forEach(s -> tag.child(new Tag("statement").text(s)));
        add(tag);
    }

    private String kindFromSchema(String table, String column) {
        String type = columnType(table, column);
        if (type == null) {
            return "string";
        }
        String lower = type.toLowerCase(Locale.ROOT);
        if (lower.equals("boolean")) {
            return "boolean";
        }
        if (lower.matches("bigint|integer|smallint|tinyint|decimal.*|float|double|native:numeric")) {
            return "numeric";
        }
        return "string";
    }

    private String csvValue(@Nullable String value, String kind, Element change) {
        if (value == null || value.equalsIgnoreCase("null") || (value.isEmpty() && !kind.equals("string"))) {
            return "null";
        }
        return switch (kind) {
            case "numeric" -> {
                if (value.strip().matches("(?i)true|false")) {
                    // a boolean column Liquibase made as tinyint(1)
                    yield value.strip().equalsIgnoreCase("true") ? "1" : "0";
                }
                if (!value.strip().matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
                    throw refuse(change, "loadData: '" + value + "' is not a number");
                }
                yield value.strip();
            }
            case "boolean" -> value.strip().equalsIgnoreCase("true") || value.strip().equals("1") ? "true" : "false";
            case "computed" -> value;
            case "date", "datetime", "time" -> literal(value.strip().replace('T', ' '));
            case "blob" -> throw refuse(change, "loadData: blob columns are not converted");
            default -> literal(value);
        };
    }

    // --- helpers

    private @Nullable String columnType(@Nullable String table, @Nullable String column) {
        if (table == null || column == null) {
            return null;
        }
        Tag created = createdHere.get(lower(table));
        Optional<Table> known = schema.table(table);
        if (known.isPresent()) {
            Optional<Column> found = known.get().column(column);
            if (found.isPresent()) {
                return found.get().type().type() == DataType.NATIVE ? "native:" + found.get().type().definition()
                        : found.get().type().toString();
            }
        }
        if (created != null) {
            // created earlier in this changeSet: look in the markup
            String markup = created.toString();
            int at = markup.indexOf("name=\"" + column + "\" type=\"");
            if (at >= 0) {
                int start = at + ("name=\"" + column + "\" type=\"").length();
                return markup.substring(start, markup.indexOf('"', start));
            }
        }
        return null;
    }

    private String type(Element element, String liquibaseType) {
        return Types.convert(liquibaseType, dbms);
    }

    private void noSchemaName(Element change) {
        for (String attribute : List.of("schemaName", "catalogName", "baseTableSchemaName", "referencedTableSchemaName",
                "baseTableCatalogName", "referencedTableCatalogName")) {
            if (attr(change, attribute) != null) {
                throw refuse(change, attribute + "=\"" + attr(change, attribute) + "\": tables in a named schema are"
                        + " not supported; leave the schema to the connection (currentSchema= on PostgreSQL)");
            }
        }
    }

    private void ignoredAttributes(Element element, String... names) {
        for (String name : names) {
            if (attr(element, name) != null) {
                notes.add("<" + ChangelogReader.name(element) + "> line " + ChangelogReader.line(element) + ": " + name
                        + "=\"" + attr(element, name) + "\" is not kept");
            }
        }
    }

    private void add(Tag tag) {
        changes.add(tag.toString());
    }

    private String read(Element change, String path, @Nullable String encoding) {
        try (InputStream in = resources.open(path)) {
            if (in == null) {
                throw refuse(change, "there is no file " + path);
            }
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new String(in.readAllBytes(), charset);
        } catch (IOException e) {
            throw refuse(change, "cannot read " + path + ": " + e.getMessage());
        }
    }

    private @Nullable String attr(Element element, String name) {
        if (!element.hasAttribute(name)) {
            return null;
        }
        String value = element.getAttribute(name);
        if (value.isEmpty()) {
            return null;
        }
        return Properties.substitute(value, changeSet.properties(), where(element));
    }

    private String required(Element element, String name) {
        String value = attr(element, name);
        if (value == null) {
            throw refuse(element, "<" + ChangelogReader.name(element) + "> needs " + name);
        }
        return value;
    }

    private String text(Element element) {
        return Properties.substitute(directText(element), changeSet.properties(), where(element));
    }

    private static String directText(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(node.getNodeValue());
            }
        }
        return text.toString();
    }

    private String where(Element element) {
        return changeSet.path() + ":" + ChangelogReader.line(element);
    }

    LiquibaseImportException refuse(Element element, String why) {
        return new LiquibaseImportException(changeSet.describe() + ", " + where(element) + ": " + why);
    }

    /** The name the database gives an unnamed unique constraint: MariaDB its first column's, PostgreSQL {@code <table>_<columns>_key}. */
    private String uniqueName(String table, List<String> columns) {
        if ("mariadb".equals(dbms)) {
            return columns.get(0);
        }
        return table + "_" + String.join("_", columns) + "_key";
    }

    private static <T extends @Nullable Object> T orElse(@Nullable T value, T otherwise) {
        return value == null ? otherwise : value;
    }

    private static @Nullable String lower(@Nullable String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }

    private static List<String> list(String names) {
        List<String> list = new ArrayList<>();
        for (String name : names.split(",")) {
            if (!name.isBlank()) {
                list.add(name.strip().toLowerCase(Locale.ROOT));
            }
        }
        return list;
    }

    static List<Element> children(Element element) {
        List<Element> children = new ArrayList<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                children.add(child);
            }
        }
        return children;
    }

    private static List<Element> children(Element element, String name) {
        return children(element).stream().filter(e -> ChangelogReader.name(e).equals(name)).toList();
    }

    private static @Nullable Element child(Element element, String name) {
        return children(element).stream().filter(e -> ChangelogReader.name(e).equals(name)).findFirst().orElse(null);
    }

    static String sibling(String path, String file) {
        String normalized = ChangeSetId.normalizedFile(path);
        int slash = normalized.lastIndexOf('/');
        return (slash < 0 ? "" : normalized.substring(0, slash + 1)) + ChangeSetId.normalizedFile(file);
    }
}
