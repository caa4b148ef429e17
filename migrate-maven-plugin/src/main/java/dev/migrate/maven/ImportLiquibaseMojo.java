package dev.migrate.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Converts the Liquibase XML changelog {@code -Dmigrate.changelog=classpath:...} into one migration
 * per changeSet in {@code migrate.source-dir} ({@code -Dmigrate.changelog-contexts=...}: the contexts
 * the application ran with), to switch from Liquibase.
 */
@Mojo(name = "import-liquibase", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class ImportLiquibaseMojo extends AbstractMigrateMojo {

    @Override
    protected String command() {
        return "import-liquibase";
    }
}
