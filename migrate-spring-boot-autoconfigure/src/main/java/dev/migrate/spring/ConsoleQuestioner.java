package dev.migrate.spring;

import dev.migrate.diff.Questioner;
import dev.migrate.schema.Column;
import dev.migrate.schema.DefaultValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Asks the person at the console what the autodetector cannot decide, as Django's makemigrations does. */
public class ConsoleQuestioner implements Questioner {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private final BufferedReader in;
    private final PrintWriter out;

    public ConsoleQuestioner(BufferedReader in, PrintWriter out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public boolean isRename(String table, String oldColumn, String newColumn) {
        return yes("Was " + table + "." + oldColumn + " renamed to " + table + "." + newColumn + "? [y/N] ");
    }

    @Override
    public boolean isTableRename(String oldTable, String newTable) {
        return yes("Was the table " + oldTable + " renamed to " + newTable + "? [y/N] ");
    }

    @Override
    public Optional<DefaultValue> oneOffDefault(String table, Column column) {
        out.println("You are adding the NOT NULL column " + table + "." + column.name() + " (" + column.type()
                + ") without a default; the rows already in " + table + " need a value.");
        out.println("Type a one-off default for them (a literal such as 'text', 42, true or '2024-01-01', or an SQL");
        out.println("expression such as current_date). The column keeps no default afterwards.");
        while (true) {
            String answer = ask("Default (empty to stop): ");
            if (answer.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(parse(answer));
            } catch (IllegalArgumentException e) {
                out.println(e.getMessage());
            }
        }
    }

    static DefaultValue parse(String answer) {
        if (answer.length() >= 2 && answer.startsWith("'") && answer.endsWith("'")) {
            return DefaultValue.string(answer.substring(1, answer.length() - 1).replace("''", "'"));
        }
        String lower = answer.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
            return DefaultValue.bool(Boolean.parseBoolean(lower));
        }
        if (NUMBER.matcher(answer).matches()) {
            return DefaultValue.numeric(answer);
        }
        return DefaultValue.computed(answer);
    }

    private boolean yes(String question) {
        String answer = ask(question).toLowerCase(Locale.ROOT);
        return answer.equals("y") || answer.equals("yes");
    }

    private String ask(String question) {
        out.print(question);
        out.flush();
        try {
            String line = in.readLine();
            return line == null ? "" : line.trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
