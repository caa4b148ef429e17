package dev.migrate.jpa;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * The create script Hibernate's own schema export writes for a model (no database needed), parsed
 * into the names it creates. Knows exactly the statement shapes Hibernate 7 writes for PostgreSQL,
 * MariaDB and H2 and fails on any other, so that nothing is silently skipped.
 */
final class HibernateCreateScript {

    record Table(String name, List<String> columns, List<String> primaryKey, List<List<String>> unnamedUniques) {
    }

    record Constraint(String table, String name, String definition) {
    }

    private static final Pattern SEQUENCE = Pattern.compile("create sequence (\\w+) start with (-?\\d+) increment by (-?\\d+)( nocache)?");
    private static final Pattern CREATE_TABLE = Pattern.compile("create table (\\w+) \\((.*)\\)( engine=InnoDB)?");
    private static final Pattern INDEX = Pattern.compile("create (unique )?index (\\w+) on (\\w+) \\((.*)\\)");
    private static final Pattern ADD_CONSTRAINT = Pattern.compile("alter table (?:if exists )?(\\w+) add constraint (\\w+) (.*)");
    private static final Pattern NAMED_UNIQUE = Pattern.compile("constraint (\\w+) (unique \\(.*\\))");
    private static final Pattern UNNAMED_UNIQUE = Pattern.compile("unique \\((.*)\\)");
    private static final Pattern PRIMARY_KEY = Pattern.compile("primary key \\((.*)\\)");

    final Map<String, Table> tables = new LinkedHashMap<>();
    /** Sequence name to "start increment". */
    final Map<String, String> sequences = new LinkedHashMap<>();
    /** Named unique constraints, indexes and foreign keys, with the rest of their definition. */
    final List<Constraint> constraints = new ArrayList<>();

    private HibernateCreateScript(String text) {
        for (String statement : text.split(";\\R")) {
            parse(statement.strip());
        }
    }

    static HibernateCreateScript of(OfflineMetadata model) {
        StringWriter script = new StringWriter();
        Map<String, Object> settings = new HashMap<>(
                model.serviceRegistry().requireService(ConfigurationService.class).getSettings());
        settings.put(AvailableSettings.JAKARTA_HBM2DDL_DATABASE_ACTION, "none");
        settings.put(AvailableSettings.JAKARTA_HBM2DDL_SCRIPTS_ACTION, "create");
        settings.put(AvailableSettings.JAKARTA_HBM2DDL_SCRIPTS_CREATE_TARGET, script);
        settings.put(AvailableSettings.HBM2DDL_DELIMITER, ";");
        settings.put(AvailableSettings.FORMAT_SQL, false);
        SchemaManagementToolCoordinator.process(model.metadata(), model.serviceRegistry(), settings, null);
        return new HibernateCreateScript(script.toString());
    }

    private void parse(String statement) {
        Matcher m;
        if (statement.isEmpty() || statement.startsWith("insert into ")) {
            return;
        }
        if ((m = SEQUENCE.matcher(statement)).matches()) {
            sequences.put(lower(m.group(1)), m.group(2) + " " + m.group(3));
        } else if ((m = CREATE_TABLE.matcher(statement)).matches()) {
            parseTable(lower(m.group(1)), m.group(2));
        } else if ((m = INDEX.matcher(statement)).matches()) {
            constraints.add(new Constraint(lower(m.group(3)), lower(m.group(2)),
                    (m.group(1) == null ? "index (" : "unique index (") + lower(m.group(4)) + ")"));
        } else if ((m = ADD_CONSTRAINT.matcher(statement)).matches()) {
            constraints.add(new Constraint(lower(m.group(1)), lower(m.group(2)), lower(m.group(3))));
        } else {
            throw new IllegalStateException("Unexpected statement in Hibernate's create script: " + statement);
        }
    }

    private void parseTable(String name, String body) {
        List<String> columns = new ArrayList<>();
        List<String> primaryKey = List.of();
        List<List<String>> unnamedUniques = new ArrayList<>();
        for (String element : topLevelElements(body)) {
            Matcher m;
            if ((m = PRIMARY_KEY.matcher(element)).matches()) {
                primaryKey = names(m.group(1));
            } else if ((m = NAMED_UNIQUE.matcher(element)).matches()) {
                constraints.add(new Constraint(name, lower(m.group(1)), lower(m.group(2))));
            } else if ((m = UNNAMED_UNIQUE.matcher(element)).matches()) {
                unnamedUniques.add(names(m.group(1)));
            } else if (element.startsWith("check ")) {
                continue;
            } else {
                String column = lower(element.substring(0, element.indexOf(' ')));
                columns.add(column);
                if (withoutParenthesesAndQuotes(element).matches(".* unique( .*)?")) {
                    unnamedUniques.add(List.of(column));
                }
            }
        }
        tables.put(name, new Table(name, columns, primaryKey, unnamedUniques));
    }

    /** Splits a create table body at the commas outside parentheses and quotes. */
    private static List<String> topLevelElements(String body) {
        List<String> elements = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                elements.add(body.substring(start, i).strip());
                start = i + 1;
            }
        }
        elements.add(body.substring(start).strip());
        return elements;
    }

    private static String withoutParenthesesAndQuotes(String element) {
        StringBuilder kept = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (char c : element.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static List<String> names(String list) {
        return List.of(list.split(",")).stream().map(String::strip).map(HibernateCreateScript::lower).toList();
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
