package dev.migrate.jpa;

import dev.migrate.diff.RenameHints;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.util.Optional;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Selectable;
import org.jspecify.annotations.Nullable;

/** Collects the renames declared with {@link RenamedFrom} on the entities of a Hibernate metamodel. */
public final class RenameHintsReader {

    public RenameHints read(Metadata metadata) {
        RenameHints hints = RenameHints.none();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            Class<?> type = entity.getMappedClass();
            if (type == null) {
                continue;
            }
            RenamedFrom tableRename = type.getAnnotation(RenamedFrom.class);
            if (tableRename != null) {
                hints.table(entity.getTable().getName(), tableRename.value());
            }
            for (Property property : entity.getProperties()) {
                annotatedMember(type, property.getName()).ifPresent(rename -> {
                    if (property.getColumnSpan() != 1 || property.getSelectables().get(0).isFormula()) {
                        throw new IllegalStateException("@RenamedFrom on " + type.getName() + "." + property.getName()
                                + " needs a property with exactly one column");
                    }
                    Selectable column = property.getSelectables().get(0);
                    hints.column(property.getValue().getTable().getName(), column.getText(), rename.value());
                });
            }
        }
        return hints;
    }

    private static Optional<RenamedFrom> annotatedMember(Class<?> type, String propertyName) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            Optional<RenamedFrom> found = annotation(field(c, propertyName));
            if (found.isPresent()) {
                return found;
            }
            String getter = "get" + Character.toUpperCase(propertyName.charAt(0)) + propertyName.substring(1);
            for (var method : c.getDeclaredMethods()) {
                if (method.getName().equals(getter) || method.getName().equals("is" + getter.substring(3))) {
                    found = annotation(method);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static @Nullable Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static Optional<RenamedFrom> annotation(@Nullable AnnotatedElement element) {
        return element == null ? Optional.empty() : Optional.ofNullable(element.getAnnotation(RenamedFrom.class));
    }
}
