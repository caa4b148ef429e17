package dev.migrate.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Fails the build when a pending migration (every migration with {@code -Dmigrate.lint-all=true})
 * has a change that would block a busy table, listing each with its safe form: the online-safety
 * lint, for CI.
 */
@Mojo(name = "lint", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class LintMojo extends AbstractMigrateMojo {

    @Override
    protected String command() {
        return "lint";
    }

    @Override
    protected boolean reportsOnOutput() {
        return true;
    }
}
