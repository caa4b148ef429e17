package dev.migrate.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Fails the build when the live database differs from the schema its applied migrations describe,
 * listing each difference.
 */
@Mojo(name = "drift", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class DriftMojo extends AbstractMigrateMojo {

    @Override
    protected String command() {
        return "drift";
    }

    @Override
    protected boolean reportsOnOutput() {
        return true;
    }
}
