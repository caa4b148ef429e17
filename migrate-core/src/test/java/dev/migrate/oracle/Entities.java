package dev.migrate.oracle;

import java.lang.reflect.Field;

/** Makes instances of the zoo's entities, which have no setters, by setting their fields. */
final class Entities {

    private Entities() {
    }

    /** @param fieldsAndValues field name, value, field name, value, ... (fields of the class or a superclass) */
    static <T> T create(Class<T> type, Object... fieldsAndValues) {
        try {
            T entity = type.getDeclaredConstructor().newInstance();
            for (int i = 0; i < fieldsAndValues.length; i += 2) {
                field(type, (String) fieldsAndValues[i]).set(entity, fieldsAndValues[i + 1]);
            }
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot make a " + type.getName(), e);
        }
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name);
    }
}
