package dev.migrate.spring;

import java.util.function.IntConsumer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Runs migrate.command once the context has started, before the application's runners, then
 * closes the context and ends the process with the command's exit status.
 */
public class MigrateCommandRunner implements ApplicationListener<ApplicationStartedEvent> {

    private final MigrateCommands commands;
    private final MigrateProperties.Command command;
    private final IntConsumer exit;

    public MigrateCommandRunner(MigrateCommands commands, MigrateProperties.Command command, IntConsumer exit) {
        this.commands = commands;
        this.command = command;
        this.exit = exit;
    }

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        int status = commands.run(command, System.out, System.err);
        System.out.flush();
        exit.accept(SpringApplication.exit(event.getApplicationContext(), () -> status));
    }
}
