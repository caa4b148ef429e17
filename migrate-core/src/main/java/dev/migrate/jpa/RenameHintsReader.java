package dev.migrate.jpa;

import dev.migrate.diff.RenameHints;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Selectable;
import org.jspecify.annotations.Nullable;

/**
 * Collects the renames declared with {@link RenamedFrom} on the entities of a Hibernate metamodel.
 * Each class's fields and getters are looked at once, however many entities and properties share
 * it: this runs at every start, over every entity.
 */
public final class RenameHintsReader {

    public RenameHints read(Metadata metadata) {
        RenameHints hints = RenameHints.none();
        Map<Class<?>, Members> members = new HashMap<>();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            Class<?> type = entity.getMappedClass();
            if (type == null) {
                continue;
            }
            RenamedFrom tableRename = type.getAnnotation(RenamedFrom.class);
            if (tableRename != null) {
                hints.table(entity.getTable().getName(), tableRename.value());
            }
            if (!anyAnnotated(type, members)) {
                continue;
            }
            for (Property property : entity.getProperties()) {
                RenamedFrom rename = annotatedMember(type, property.getName(), members);
                if (rename == null) {
                    continue;
                }
                if (property.getColumnSpan() != 1 || property.getSelectables().get(0).isFormula()) {
                    throw new IllegalStateException("@RenamedFrom on " + type.getName() + "." + property.getName()
                            + " needs a property with exactly one column");
                }
                Selectable column = property.getSelectables().get(0);
                hints.column(property.getValue().getTable().getName(), column.getText(), rename.value());
            }
        }
        return hints;
    }

    private static boolean anyAnnotated(Class<?> type, Map<Class<?>, Members> members) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (!members(c, members).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The annotation on the property's field or getter, the class's own before its superclasses'. */
    private static @Nullable RenamedFrom annotatedMember(Class<?> type, String propertyName,
            Map<Class<?>, Members> members) {
        String capitalized = Character.toUpperCase(propertyName.charAt(0)) + propertyName.substring(1);
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            Members declared = members(c, members);
            RenamedFrom found = declared.fields.get(propertyName);
            if (found == null) {
                found = declared.getters.get("get" + capitalized);
            }
            if (found == null) {
                found = declared.getters.get("is" + capitalized);
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Members members(Class<?> type, Map<Class<?>, Members> members) {
        return members.computeIfAbsent(type, Members::of);
    }

    /** A class's own fields and getters that carry {@link RenamedFrom}, by name. */
    private record Members(Map<String, RenamedFrom> fields, Map<String, RenamedFrom> getters) {

        static Members of(Class<?> type) {
            Map<String, RenamedFrom> fields = new HashMap<>();
            for (Field field : type.getDeclaredFields()) {
                RenamedFrom rename = field.getAnnotation(RenamedFrom.class);
                if (rename != null) {
                    fields.put(field.getName(), rename);
                }
            }
            Map<String, RenamedFrom> getters = new HashMap<>();
            for (Method method : type.getDeclaredMethods()) {
                if (method.getParameterCount() == 0
                        && (method.getName().startsWith("get") || method.getName().startsWith("is"))) {
                    RenamedFrom rename = method.getAnnotation(RenamedFrom.class);
                    if (rename != null) {
                        getters.putIfAbsent(method.getName(), rename);
                    }
                }
            }
            return new Members(fields, getters);
        }

        boolean isEmpty() {
            return fields.isEmpty() && getters.isEmpty();
        }
    }
}
