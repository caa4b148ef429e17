package dev.migrate.spring.autoconfigure;

import java.util.HashSet;
import java.util.Set;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code management.endpoint.migrations.*}, named and defaulted as Spring Boot's {@code env} endpoint's. */
@ConfigurationProperties("management.endpoint.migrations")
public class MigrationsEndpointProperties {

    /**
     * When to show the database's own error text in a failed migration's failure, and the SQL text
     * of sql operations; hidden, they read "******". The database's text may quote row data
     * ("Failing row contains (...)", "Duplicate entry '...'").
     */
    private Show showValues = Show.NEVER;

    /**
     * Roles that may see values when show-values is when-authorized; when empty, any
     * authenticated user may.
     */
    private final Set<String> roles = new HashSet<>();

    public Show getShowValues() {
        return showValues;
    }

    public void setShowValues(Show showValues) {
        this.showValues = showValues;
    }

    public Set<String> getRoles() {
        return roles;
    }
}
