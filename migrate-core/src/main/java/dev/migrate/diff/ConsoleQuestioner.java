package dev.migrate.diff;

import dev.migrate.schema.Column;
import dev.migrate.schema.DefaultValue;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Asks a person at a console, as Django's makemigrations does: "Did you rename book.name to
 * book.title? [y/N]", for a one-off default when a NOT NULL column is added to a table with rows, and
 * "Merge 0003_a and 0003_b? [y/N]" after showing the branches.
 */
public final class ConsoleQuestioner implements Questioner {

    private final BufferedReader in;
    private final PrintWriter out;

    public ConsoleQuestioner(BufferedReader in, PrintWriter out) {
        this.in = in;
        this.out = out;
    }

    /** The questioner for this process: a console one when a person is attached, else one that answers no. */
    public static Questioner forThisProcess() {
        Console console = System.console();
        return console == null || !isTerminal(console) ? Questioner.nonInteractive()
                : new ConsoleQuestioner(new BufferedReader(console.reader()), console.writer());
    }

    /**
     * Whether the console is a terminal, a person's. JDK 22 to 24 give a console also when the
     * standard streams are redirected (their default console is JLine's), and
     * {@code Console.isTerminal()}, new in 22, tells; called reflectively, as this compiles for 17,
     * where a console (not null) is always a terminal.
     */
    static boolean isTerminal(Console console) {
        Method isTerminal;
        try {
            isTerminal = Console.class.getMethod("isTerminal");
        } catch (NoSuchMethodException e) {
            return true;
        }
        try {
            return Boolean.TRUE.equals(isTerminal.invoke(console));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public boolean isRename(String table, String oldColumn, String newColumn) {
        return yes("Did you rename " + table + "." + oldColumn + " to " + table + "." + newColumn + "? [y/N] ");
    }

    @Override
    public boolean isTableRename(String oldTable, String newTable) {
        return yes("Did you rename table " + oldTable + " to " + newTable + "? [y/N] ");
    }

    @Override
    public boolean isMerge(List<String> latest, String branches) {
        out.println(branches.stripTrailing());
        return yes("Merge " + and(latest) + "? [y/N] ");
    }

    @Override
    public boolean asksAPerson() {
        return true;
    }

    private static String and(List<String> names) {
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    @Override
    public Optional<DefaultValue> oneOffDefault(String table, Column column) {
        out.println("You are adding the NOT NULL column " + table + "." + column.name() + " (" + column.type()
                + ") without a default; the rows already in " + table + " need a value.");
        out.println("Type a one-off default for them (used by this migration only): a number, true/false, 'text' "
                + "in single quotes, or an SQL expression such as current_date. Leave it empty to stop.");
        while (true) {
            String answer = ask("Default> ");
            if (answer == null || answer.isBlank()) {
                return Optional.empty();
            }
            try {
                return Optional.of(parse(answer.strip()));
            } catch (IllegalArgumentException e) {
                out.println(e.getMessage());
            }
        }
    }

    /** {@code 'text'} is a string, a number is numeric, true/false boolean, anything else an SQL expression. */
    static DefaultValue parse(String answer) {
        if (answer.length() >= 2 && answer.startsWith("'") && answer.endsWith("'")) {
            return DefaultValue.string(answer.substring(1, answer.length() - 1).replace("''", "'"));
        }
        String lower = answer.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
            return DefaultValue.bool(Boolean.parseBoolean(lower));
        }
        if (answer.matches("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
            return DefaultValue.numeric(answer);
        }
        return DefaultValue.computed(answer);
    }

    private boolean yes(String question) {
        String answer = ask(question);
        return answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
    }

    /** The line typed, or null at the end of the input. */
    private @Nullable String ask(String prompt) {
        out.print(prompt);
        out.flush();
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
