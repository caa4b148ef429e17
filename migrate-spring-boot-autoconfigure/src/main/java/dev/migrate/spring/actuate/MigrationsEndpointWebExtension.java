package dev.migrate.spring.actuate;

import dev.migrate.spring.actuate.MigrationsEndpoint.ApplicationMigrations;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.web.annotation.EndpointWebExtension;

/**
 * {@code /actuator/migrations} over HTTP: {@code show-values=when-authorized} shows the database's
 * error text and SQL to an authenticated user holding one of the configured roles (any role when
 * none is configured), as Spring Boot's {@code env} and {@code configprops} endpoints do.
 */
@EndpointWebExtension(endpoint = MigrationsEndpoint.class)
public class MigrationsEndpointWebExtension {

    private final MigrationsEndpoint delegate;
    private final Show showValues;
    private final Set<String> roles;

    public MigrationsEndpointWebExtension(MigrationsEndpoint delegate, @Nullable Show showValues, Set<String> roles) {
        this.delegate = delegate;
        this.showValues = showValues == null ? Show.NEVER : showValues;
        this.roles = Set.copyOf(roles);
    }

    @ReadOperation
    public ApplicationMigrations migrations(SecurityContext securityContext) {
        return delegate.migrations(showValues.isShown(securityContext, roles));
    }
}
