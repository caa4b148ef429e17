package dev.migrate.engine;

import dev.migrate.DataMigration;
import java.lang.reflect.InvocationTargetException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Finds and makes the {@link DataMigration}s that {@code <java>} changes name: classes are loaded
 * through the thread's context class loader (else this library's), checked before anything runs,
 * and made by the configured factory only when their step runs.
 */
public final class DataMigrations {

    /** The default factory: the class's public no-argument constructor. */
    public static final Function<Class<? extends DataMigration>, DataMigration> NO_ARGUMENT_CONSTRUCTOR =
            new NoArgumentConstructor();

    private final Function<Class<? extends DataMigration>, DataMigration> factory;

    DataMigrations(@Nullable Function<Class<? extends DataMigration>, DataMigration> factory) {
        this.factory = factory == null ? NO_ARGUMENT_CONSTRUCTOR : factory;
    }

    /** Made with the public no-argument constructor. */
    public static DataMigration newInstance(Class<? extends DataMigration> type) {
        try {
            return type.getConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getName() + " has no public constructor without arguments", e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Cannot make a " + type.getName() + ": " + cause, cause);
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("Cannot make a " + type.getName() + ": " + e, e);
        }
    }

    /**
     * The named class.
     *
     * @throws IllegalArgumentException when it is not on the class path or does not implement
     *         {@link DataMigration}, saying which
     */
    Class<? extends DataMigration> load(String className) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Class<?> type;
        try {
            type = Class.forName(className, false, loader != null ? loader : DataMigrations.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("class " + className + " is not on the class path (" + e + ")", e);
        }
        if (!DataMigration.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException("class " + className + " does not implement "
                    + DataMigration.class.getName());
        }
        return type.asSubclass(DataMigration.class);
    }

    /** An instance of the class, from the factory. */
    DataMigration instantiate(Class<? extends DataMigration> type) {
        DataMigration made = factory.apply(type);
        if (made == null) {
            throw new IllegalStateException("The data migration factory made no " + type.getName());
        }
        return made;
    }

    /** A class, not a method reference: this is made at every start, before anything is compiled. */
    private static final class NoArgumentConstructor implements Function<Class<? extends DataMigration>, DataMigration> {
        @Override
        public DataMigration apply(Class<? extends DataMigration> type) {
            return newInstance(type);
        }
    }
}
