package dev.migrate.liquibase;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The Liquibase contexts a changelog is imported for, as {@code spring.liquibase.contexts} selects
 * them: none given, every changeSet is taken (Liquibase's own default). A changeSet's context
 * expression may use commas or {@code or}, {@code and}, {@code !} and parentheses.
 */
public final class Contexts {

    private final Set<String> selected;

    private Contexts(Set<String> selected) {
        this.selected = selected;
    }

    /** Every changeSet, whatever its context. */
    public static Contexts all() {
        return new Contexts(Set.of());
    }

    /** The contexts named in a comma-separated list; an empty or null list selects every changeSet. */
    public static Contexts of(@Nullable String list) {
        if (list == null || list.isBlank()) {
            return all();
        }
        return new Contexts(List.of(list.split(",")).stream().map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet()));
    }

    public boolean isAll() {
        return selected.isEmpty();
    }

    /** Whether a changeSet with this context expression runs in the selected contexts. */
    public boolean matches(String expression) {
        if (selected.isEmpty() || expression == null || expression.isBlank()) {
            return true;
        }
        return new Parser(expression.toLowerCase(Locale.ROOT).replace(",", " or ")).or();
    }

    private final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        boolean or() {
            boolean value = and();
            while (word("or")) {
                value = and() | value;
            }
            return value;
        }

        boolean and() {
            boolean value = not();
            while (word("and")) {
                value = not() & value;
            }
            return value;
        }

        boolean not() {
            skip();
            if (at < text.length() && text.charAt(at) == '!') {
                at++;
                return !not();
            }
            if (word("not")) {
                return !not();
            }
            if (at < text.length() && text.charAt(at) == '(') {
                at++;
                boolean value = or();
                skip();
                if (at < text.length() && text.charAt(at) == ')') {
                    at++;
                }
                return value;
            }
            int start = at;
            while (at < text.length() && !Character.isWhitespace(text.charAt(at)) && "()!".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            String name = text.substring(start, at);
            return selected.contains(name);
        }

        private boolean word(String keyword) {
            skip();
            if (text.startsWith(keyword, at) && (at + keyword.length() == text.length()
                    || Character.isWhitespace(text.charAt(at + keyword.length())) || text.charAt(at + keyword.length()) == '(')) {
                at += keyword.length();
                return true;
            }
            return false;
        }

        private void skip() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
