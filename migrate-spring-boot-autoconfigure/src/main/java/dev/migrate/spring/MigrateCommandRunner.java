package dev.migrate.spring;

import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Runs migrate.command once the context has started, before the application's runners, then
 * closes the context and ends the process with the command's exit status. The auto-configuration
 * registers it whether or not a command is set, and it reads the command when the context has
 * started: an application processed by Spring AOT fixes its beans at build time, and must still be
 * able to run a command chosen at run time. Without a command it does nothing.
 */
public class MigrateCommandRunner implements ApplicationListener<ApplicationStartedEvent> {

    private final MigrateCommands commands;
    private final Supplier<MigrateProperties.Command> command;
    private final IntConsumer exit;

    /** Runs the command that {@code command} gives when the context has started, if any. */
    public MigrateCommandRunner(MigrateCommands commands, Supplier<MigrateProperties.Command> command,
            IntConsumer exit) {
        this.commands = commands;
        this.command = command;
        this.exit = exit;
    }

    /** Runs this command (none when null). */
    public MigrateCommandRunner(MigrateCommands commands, MigrateProperties.Command command, IntConsumer exit) {
        this(commands, () -> command, exit);
    }

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        MigrateProperties.Command toRun = command.get();
        if (toRun == null) {
            return;
        }
        int status = commands.run(toRun, System.out, System.err);
        System.out.flush();
        exit.accept(SpringApplication.exit(event.getApplicationContext(), () -> status));
    }
}
