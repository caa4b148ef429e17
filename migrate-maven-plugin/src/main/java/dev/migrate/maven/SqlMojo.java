package dev.migrate.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Prints the SQL of migration {@code -Dmigrate.target=ID} for the connected database (Django's
 * {@code sqlmigrate}); with {@code -Dmigrate.backwards=true} the SQL that unapplies it.
 */
@Mojo(name = "sql", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class SqlMojo extends AbstractMigrateMojo {

    @Override
    protected String command() {
        return "sql";
    }
}
