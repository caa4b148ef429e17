package dev.migrate.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Applies the pending migrations (Django's {@code migrate}), up to {@code -Dmigrate.target=ID}; with an
 * older target (or {@code zero}) unapplies the later ones. {@code -Dmigrate.fake=true},
 * {@code -Dmigrate.fake-initial=true} and {@code -Dmigrate.prune=true} as the command has them.
 */
@Mojo(name = "migrate", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class MigrateMojo extends AbstractMigrateMojo {

    @Override
    protected String command() {
        return "migrate";
    }
}
