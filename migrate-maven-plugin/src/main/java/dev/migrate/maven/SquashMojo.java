package dev.migrate.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes one migration that replaces {@code -Dmigrate.from=ID} (the first migration when not set) up
 * to {@code -Dmigrate.target=ID}, their operations optimized (Django's {@code squashmigrations}).
 */
@Mojo(name = "squash", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class SquashMojo extends AbstractMigrateMojo {

    @Override
    protected String command() {
        return "squash";
    }
}
