package dev.migrate.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes the next migration for the entity changes into {@code migrate.source-dir} (Django's
 * {@code makemigrations}): {@code -Dmigrate.name=...} names it, {@code -Dmigrate.merge=true} writes a merge
 * migration, {@code -Dmigrate.empty=true} an empty one. At a console it may ask (a likely rename, a
 * one-off default); without one ({@code mvn -B}, CI) nothing is asked.
 */
@Mojo(name = "make", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class MakeMojo extends AbstractMigrateMojo {

    @Override
    protected String command() {
        return "make";
    }

    @Override
    protected boolean asksQuestions() {
        return true;
    }
}
