package dev.migrate.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The {@code -Dmigrate.*} properties of the Maven command line (and of MAVEN_OPTS) as the
 * application's arguments: {@code -Dmigrate.name=add_isbn} becomes {@code --migrate.name=add_isbn}.
 * The plugin's own {@code migrate.plugin.*} stay with the plugin, and {@code migrate.command} is the
 * goal's.
 */
final class PassThrough {

    static final String PREFIX = "migrate.";
    static final String PLUGIN_PREFIX = "migrate.plugin.";
    static final String COMMAND = "migrate.command";

    private PassThrough() {
    }

    /** The arguments, sorted by name; a user property wins over a system property of the same name. */
    static List<String> arguments(Properties user, Properties system) {
        Map<String, String> passed = new TreeMap<>();
        collect(system, passed);
        collect(user, passed);
        List<String> arguments = new ArrayList<>();
        passed.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        return arguments;
    }

    static boolean isSet(String name, Properties user, Properties system) {
        return user.getProperty(name) != null || system.getProperty(name) != null;
    }

    private static void collect(Properties properties, Map<String, String> passed) {
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith(PREFIX) && name.length() > PREFIX.length() && !name.startsWith(PLUGIN_PREFIX)
                    && !name.equals(COMMAND)) {
                passed.put(name, properties.getProperty(name));
            }
        }
    }
}
