package dev.migrate.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/** A proxy that forwards every call to its target but those of one method, which a handler answers. */
public final class Forwarding {

    private Forwarding() {
    }

    /**
     * {@code target} as a {@code type}, with calls of the method named {@code method} going to {@code instead};
     * the target's own exceptions reach the caller unwrapped.
     */
    public static <T> T except(Class<T> type, T target, String method, InvocationHandler instead) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, called, arguments) -> {
                    if (called.getName().equals(method)) {
                        return instead.invoke(proxy, called, arguments);
                    }
                    try {
                        return called.invoke(target, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }
}
