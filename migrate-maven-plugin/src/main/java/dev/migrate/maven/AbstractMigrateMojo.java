package dev.migrate.maven;

import java.io.Console;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.loader.tools.MainClassFinder;

/**
 * Runs the application in command mode ({@code --migrate.command=NAME}) in a forked JVM with the
 * project's runtime class path, as {@code spring-boot:run} runs it, and fails the build with the
 * command's own message when the command fails. Every {@code -Dmigrate.*} property is passed to the
 * command as {@code --migrate.*=value}, except the plugin's own {@code migrate.plugin.*}.
 */
public abstract class AbstractMigrateMojo extends AbstractMojo {

    static final String SPRING_BOOT_APPLICATION = "org.springframework.boot.autoconfigure.SpringBootApplication";

    /** How the application's messages (check's) say to run make. */
    static final String APPLICATION_MAKE = "spring-boot:run -Dspring-boot.run.arguments=--migrate.command=make";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** The application's compiled classes, searched for the main class. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
    private File classesDirectory;

    /**
     * The application's main class. Without it: the {@code start-class} property, else the one class
     * in the compiled classes with a {@code main} method annotated {@code @SpringBootApplication}
     * (as spring-boot-maven-plugin finds it).
     */
    @Parameter(property = "migrate.plugin.mainClass")
    private @Nullable String mainClass;

    /**
     * More arguments for the application, after the command's, such as {@code --spring.profiles.active=postgres}
     * (comma-separated in {@code -Dmigrate.plugin.arguments}).
     */
    @Parameter(property = "migrate.plugin.arguments")
    private @Nullable List<String> arguments;

    /** Options for the forked JVM, separated by spaces, such as {@code -Xmx512m}. */
    @Parameter(property = "migrate.plugin.jvmArguments")
    private @Nullable String jvmArguments;

    /** The forked JVM's working directory, which {@code migrate.source-dir} is relative to. */
    @Parameter(property = "migrate.plugin.workingDirectory", defaultValue = "${project.basedir}")
    private File workingDirectory;

    /** Skips the goal (for the modules of a multi-module build that are not the application). */
    @Parameter(property = "migrate.plugin.skip", defaultValue = "false")
    private boolean skip;

    /** The command's name, the value of {@code migrate.command}. */
    protected abstract String command();

    /** Whether the command may ask questions, and so runs on the console when there is one. */
    protected boolean asksQuestions() {
        return false;
    }

    /** Whether the command says why it failed on its standard output (check, drift), not as an error. */
    protected boolean reportsOnOutput() {
        return false;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping migrate:" + command() + " (migrate.plugin.skip)");
            return;
        }
        if ("pom".equals(project.getPackaging())) {
            getLog().info("Skipping migrate:" + command() + ": " + project.getArtifactId() + " is a pom project");
            return;
        }
        Properties user = session.getUserProperties();
        Properties system = session.getSystemProperties();
        if (user.containsKey("migrate.command") || system.containsKey("migrate.command")) {
            getLog().warn("Ignoring -Dmigrate.command: the goal migrate:" + command() + " names the command");
        }
        boolean console = asksQuestions() && session.getRequest().isInteractiveMode() && hasTerminal();
        List<String> applicationArguments = applicationArguments(user, system, console);

        ForkedCommand fork = new ForkedCommand(javaExecutable(), jvmArguments(), classPath(), mainClass(),
                applicationArguments, workingDirectory.toPath(), argumentsFile());
        getLog().debug("Running " + fork.describe());
        ForkedCommand.Result result;
        try {
            result = fork.run(console);
        } catch (IOException e) {
            throw new MojoExecutionException("Could not run migrate:" + command() + " in " + mainClass() + ": "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted while migrate:" + command() + " ran", e);
        }
        if (result.status() != 0) {
            MavenExecutionRequest request = session.getRequest();
            throw new MojoFailureException(withThisPluginsMake(result.failureMessage("migrate:" + command(),
                    reportsOnOutput()), makeCommandLine(session.getGoals(), request.getSelectedProjects(),
                    request.getMakeBehavior(), command())));
        }
    }

    /**
     * The application's arguments: the command, every {@code -Dmigrate.*} property, whether it may
     * ask (for a command that asks, without a console), then {@code migrate.plugin.arguments}.
     */
    List<String> applicationArguments(Properties user, Properties system, boolean console) {
        List<String> applicationArguments = new ArrayList<>();
        applicationArguments.add("--" + PassThrough.COMMAND + "=" + command());
        applicationArguments.addAll(PassThrough.arguments(user, system));
        if (asksQuestions() && !console && !PassThrough.isSet("migrate.interactive", user, system)) {
            // no console to answer at (CI, -B, output redirected): say so, whatever the JVM thinks
            applicationArguments.add("--migrate.interactive=false");
        }
        if (arguments != null) {
            for (String argument : arguments) {
                if (argument.startsWith("--" + PassThrough.COMMAND + "=")) {
                    getLog().warn("Ignoring " + argument + " in migrate.plugin.arguments: the goal migrate:" + command()
                            + " names the command");
                } else if (!argument.isBlank()) {
                    applicationArguments.add(argument);
                }
            }
        }
        return applicationArguments;
    }

    /** The application's way to run make (check says it), with this plugin's way after it. */
    static String withThisPluginsMake(String message, String makeCommandLine) {
        if (!message.contains(APPLICATION_MAKE)) {
            return message;
        }
        return message + System.lineSeparator() + "Or with this plugin: " + makeCommandLine;
    }

    /**
     * The Maven command line that runs make as this goal was run: with the same {@code -pl} and
     * {@code -am}, and the goal as it was named ({@code migrate:check} or the plugin's coordinates).
     */
    static String makeCommandLine(List<String> goals, List<String> selectedProjects, @Nullable String makeBehavior,
            String command) {
        StringBuilder line = new StringBuilder("mvn");
        if (!selectedProjects.isEmpty()) {
            line.append(" -pl ").append(String.join(",", selectedProjects));
        }
        if (MavenExecutionRequest.REACTOR_MAKE_UPSTREAM.equals(makeBehavior)
                || MavenExecutionRequest.REACTOR_MAKE_BOTH.equals(makeBehavior)) {
            line.append(" -am");
        }
        String goal = goals.stream().filter(g -> g.endsWith(":" + command)).findFirst()
                .map(g -> g.substring(0, g.length() - command.length()) + "make").orElse("migrate:make");
        return line.append(' ').append(goal).toString();
    }

    /**
     * Whether Maven runs at a terminal. JDK 22 to 24 give a console also when the standard streams
     * are redirected, and {@code Console.isTerminal()}, new in 22, tells; called reflectively, as
     * this compiles for 17, where a console (not null) is always a terminal.
     */
    static boolean hasTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return Boolean.TRUE.equals(Console.class.getMethod("isTerminal").invoke(console));
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private List<String> jvmArguments() {
        if (jvmArguments == null || jvmArguments.isBlank()) {
            return List.of();
        }
        return Arrays.asList(jvmArguments.strip().split("\\s+"));
    }

    private String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private List<String> classPath() throws MojoExecutionException {
        try {
            // the output directory first, then the runtime dependencies (reactor modules as their classes or jars)
            return project.getRuntimeClasspathElements();
        } catch (Exception e) {
            throw new MojoExecutionException("Could not resolve the runtime class path of " + project.getId(), e);
        }
    }

    private Path argumentsFile() {
        return Path.of(project.getBuild().getDirectory(), "migrate-maven-plugin", "classpath.argfile");
    }

    private @Nullable String resolvedMainClass;

    private String mainClass() throws MojoExecutionException {
        if (resolvedMainClass == null) {
            resolvedMainClass = findMainClass();
        }
        return resolvedMainClass;
    }

    private String findMainClass() throws MojoExecutionException {
        if (mainClass != null && !mainClass.isBlank()) {
            return mainClass.strip();
        }
        String startClass = project.getProperties().getProperty("start-class");
        if (startClass != null && !startClass.isBlank()) {
            return startClass.strip();
        }
        String found;
        try {
            found = classesDirectory.isDirectory()
                    ? MainClassFinder.findSingleMainClass(classesDirectory, SPRING_BOOT_APPLICATION)
                    : null;
        } catch (IOException | IllegalStateException e) {
            throw new MojoExecutionException("Could not find the application's main class in " + classesDirectory
                    + ": " + e.getMessage() + ". Name it with <mainClass> or -Dmigrate.plugin.mainClass=...", e);
        }
        if (found == null) {
            throw new MojoExecutionException("No main class in " + classesDirectory + " (a class with a main method,"
                    + " annotated @SpringBootApplication): is " + project.getArtifactId() + " the application? Name"
                    + " the class with <mainClass> or -Dmigrate.plugin.mainClass=..., or skip this module with"
                    + " -Dmigrate.plugin.skip=true");
        }
        return found;
    }
}
