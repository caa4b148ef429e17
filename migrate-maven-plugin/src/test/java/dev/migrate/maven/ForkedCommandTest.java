package dev.migrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForkedCommandTest {

    private static final String LOG = "2026-11-27T10:29:02.904Z  WARN 25690 --- [example-app] [main] o.h.SomeClass : something";

    @Test
    void theCommandsErrorIsItsOneLineOnStandardError() {
        ForkedCommand.Result result = new ForkedCommand.Result(2, List.of(LOG),
                List.of("WARNING: A terminally deprecated method in sun.misc.Unsafe has been called",
                        "sql needs the id of a migration: --migrate.target=ID, one of 0001_initial"));
        assertThat(result.failureMessage("migrate:sql", false))
                .isEqualTo("sql needs the id of a migration: --migrate.target=ID, one of 0001_initial");
    }

    @Test
    void checkReportsOnItsOutputAfterTheLogs() {
        ForkedCommand.Result result = new ForkedCommand.Result(1, List.of(LOG, "",
                "The entities have changes that no migration covers:", "  - Add column isbn to book", ""),
                List.of("SLF4J(W): something on standard error"));
        assertThat(result.failureMessage("migrate:check", true)).isEqualTo(String.join(System.lineSeparator(),
                "The entities have changes that no migration covers:", "  - Add column isbn to book"));
    }

    @Test
    void aStackTraceIsToldByItsRootCause() {
        ForkedCommand.Result result = new ForkedCommand.Result(1, List.of(LOG,
                "2026-11-27T10:29:02.937Z ERROR 25690 --- [example-app] [main] o.s.boot.SpringApplication : Application run failed",
                "", "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'migrations'",
                "\tat org.springframework.beans.factory.support.AbstractBeanFactory.doGetBean(AbstractBeanFactory.java:322)",
                "Caused by: java.lang.IllegalStateException: Cannot tell the JDBC driver of jdbc:nope://x",
                "\tat dev.migrate.spring.autoconfigure.MigrationsDataSource.build(MigrationsDataSource.java:72)",
                "\t... 36 common frames omitted", ""), List.of());
        assertThat(result.failureMessage("migrate:show", false)).isEqualTo(String.join(System.lineSeparator(),
                "java.lang.IllegalStateException: Cannot tell the JDBC driver of jdbc:nope://x", "(the stack trace is above)"));
    }

    @Test
    void withNothingToSayTheStatusIsTheMessage() {
        assertThat(new ForkedCommand.Result(143, List.of(LOG), List.of()).failureMessage("migrate:make", false))
                .isEqualTo("migrate:make failed: the application exited with status 143");
    }

    @Test
    void aLongReportIsCut() {
        List<String> lines = java.util.stream.IntStream.range(0, 100).mapToObj(i -> "  - change " + i).toList();
        String message = new ForkedCommand.Result(1, lines, List.of()).failureMessage("migrate:drift", true);
        assertThat(message.lines()).hasSize(ForkedCommand.MESSAGE_LINES + 1).last().asString()
                .isEqualTo("... (the whole output is above)");
    }

    @Test
    void runsTheMainClassWithItsClassPathFromAnArgumentFile(@TempDir Path work) throws Exception {
        Path classes = Files.createDirectories(work.resolve("with space/classes"));
        Path source = work.resolve("Hello.java");
        Files.writeString(source, """
                public class Hello {
                    public static void main(String[] args) {
                        System.out.println("out " + String.join("|", args) + " in " + System.getProperty("user.dir"));
                        System.err.println("err line");
                        System.exit(args.length);
                    }
                }
                """);
        assertThat(javax.tools.ToolProvider.getSystemJavaCompiler()
                .run(null, null, null, "-d", classes.toString(), source.toString())).isZero();
        ForkedCommand fork = new ForkedCommand(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                List.of("-Xshare:auto"), List.of(classes.toString()), "Hello", List.of("--migrate.name=a b", "--x=\"q\""),
                work, work.resolve("target/args/classpath.argfile"));
        ForkedCommand.Result result = fork.run(false);
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out()).containsExactly("out --migrate.name=a b|--x=\"q\" in " + work);
        assertThat(result.err()).containsExactly("err line");
        assertThat(result.failureMessage("migrate:make", false)).isEqualTo("err line");
    }
}
