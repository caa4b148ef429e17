package dev.migrate.liquibase;

import java.util.Map;
import org.w3c.dom.Element;

/**
 * One changeSet as read from a changelog, in the order Liquibase runs it.
 *
 * @param id how {@code databasechangelog} names it
 * @param path the file it was read from, for messages
 * @param element the changeSet element (its line numbers in {@link ChangelogReader#line})
 * @param properties the changelog properties ({@code <property>}) in force where it stands
 */
public record ChangeSet(ChangeSetId id, String path, Element element, Map<String, String> properties) {

    /** {@code file:line} of the changeSet, for messages. */
    public String location() {
        return path + ":" + ChangelogReader.line(element);
    }

    /** How people name it: {@code id by author (file:line)}. */
    public String describe() {
        return "changeSet " + id.id() + " by " + id.author() + " (" + location() + ")";
    }
}
