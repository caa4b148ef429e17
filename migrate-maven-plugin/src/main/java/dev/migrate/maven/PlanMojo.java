package dev.migrate.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Prints every migration and operation that {@code migrate} with the same options would run, with
 * the SQL for the connected database (Django's {@code migrate --plan}); changes nothing.
 */
@Mojo(name = "plan", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class PlanMojo extends AbstractMigrateMojo {

    @Override
    protected String command() {
        return "plan";
    }
}
