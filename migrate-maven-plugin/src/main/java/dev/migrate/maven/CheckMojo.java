package dev.migrate.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Fails the build when the entities have changes that no migration covers, listing them (Django's
 * {@code makemigrations --check}): for CI, so that a change that forgot its migration does not pass.
 */
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class CheckMojo extends AbstractMigrateMojo {

    @Override
    protected String command() {
        return "check";
    }

    @Override
    protected boolean reportsOnOutput() {
        return true;
    }
}
