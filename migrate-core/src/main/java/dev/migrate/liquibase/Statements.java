package dev.migrate.liquibase;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits SQL text into statements as Liquibase does with {@code splitStatements="true"}: at each
 * semicolon (or the {@code endDelimiter}) outside quotes, comments and PostgreSQL dollar quotes, and
 * at a line holding only {@code GO}.
 */
final class Statements {

    private Statements() {
    }

    static List<String> split(String text, @Nullable String endDelimiter) {
        List<String> statements = new ArrayList<>();
        if (endDelimiter != null && !endDelimiter.equals(";")) {
            String delimiter = endDelimiter.replace("\\n", "\n").replace("\\r", "\r");
            for (String part : text.split(java.util.regex.Pattern.quote(delimiter), -1)) {
                add(statements, part);
            }
            return statements;
        }
        StringBuilder current = new StringBuilder();
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int end = i + 1;
                while (end < length) {
                    if (text.charAt(end) == c) {
                        if (end + 1 < length && text.charAt(end + 1) == c) {
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    end++;
                }
                current.append(text, i, Math.min(end + 1, length));
                i = end + 1;
            } else if (c == '-' && i + 1 < length && text.charAt(i + 1) == '-') {
                int end = text.indexOf('\n', i);
                end = end < 0 ? length : end;
                current.append(text, i, end);
                i = end;
            } else if (c == '/' && i + 1 < length && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? length : end + 2;
                current.append(text, i, end);
                i = end;
            } else if (c == '$') {
                int close = text.indexOf('$', i + 1);
                String tag = close < 0 ? null : text.substring(i, close + 1);
                if (tag != null && tag.matches("\\$[A-Za-z_]*\\$")) {
                    int end = text.indexOf(tag, close + 1);
                    end = end < 0 ? length : end + tag.length();
                    current.append(text, i, end);
                    i = end;
                } else {
                    current.append(c);
                    i++;
                }
            } else if (c == ';') {
                add(statements, current.toString());
                current.setLength(0);
                i++;
            } else if ((c == 'g' || c == 'G') && atLineStart(text, i) && goLine(text, i)) {
                add(statements, current.toString());
                current.setLength(0);
                int end = text.indexOf('\n', i);
                i = end < 0 ? length : end;
            } else {
                current.append(c);
                i++;
            }
        }
        add(statements, current.toString());
        return statements;
    }

    /** Whether a statement holds only white space and comments. */
    static boolean isEmpty(String statement) {
        String withoutComments = statement.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("--[^\\n]*", "");
        return withoutComments.isBlank();
    }

    private static void add(List<String> statements, String statement) {
        String trimmed = statement.strip();
        if (!trimmed.isEmpty()) {
            statements.add(trimmed);
        }
    }

    private static boolean atLineStart(String text, int i) {
        int j = i - 1;
        while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j--;
        }
        return j < 0 || text.charAt(j) == '\n';
    }

    private static boolean goLine(String text, int i) {
        int end = text.indexOf('\n', i);
        String line = text.substring(i, end < 0 ? text.length() : end).strip();
        return line.equalsIgnoreCase("go");
    }
}
