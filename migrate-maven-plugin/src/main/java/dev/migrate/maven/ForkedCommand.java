package dev.migrate.maven;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One run of the application in command mode, in a JVM of its own: its output goes to Maven's
 * console as it comes, and is kept to tell why the command failed.
 *
 * <p>Without a console (CI, {@code mvn -B}, output redirected) the child's standard input is
 * closed and both of its outputs are read. At a console, for a command that asks questions, the
 * child has the console's input and output (so that Java sees a console and {@code make} can ask)
 * and only its standard error is read, which is where the commands write their errors.
 */
final class ForkedCommand {

    /** Spring Boot's default console log line: {@code 2026-11-27T10:15:30.123Z  WARN 4242 --- [...]}. */
    private static final Pattern LOG_LINE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}.*");

    /** What a JVM itself may write to standard error: not the command's message. */
    private static final Pattern JVM_NOISE = Pattern.compile(
            "^(WARNING: |Picked up (_JAVA_OPTIONS|JAVA_TOOL_OPTIONS|JDK_JAVA_OPTIONS)|OpenJDK .*[Ww]arning|Java HotSpot).*");

    /** The encoding the java launcher reads an argument file in. */
    private static final Charset NATIVE = nativeEncoding();

    private static final Pattern STACK_FRAME = Pattern.compile("^\\s+(at |\\.\\.\\. \\d+ ).*");

    private static final String CAUSED_BY = "Caused by: ";

    /** At most this many lines of output make the failure message; the whole output is on the console above it. */
    static final int MESSAGE_LINES = 40;

    private final String java;
    private final List<String> jvmArguments;
    private final List<String> classPath;
    private final String mainClass;
    private final List<String> arguments;
    private final Path workingDirectory;
    private final Path argumentsFile;

    ForkedCommand(String java, List<String> jvmArguments, List<String> classPath, String mainClass,
            List<String> arguments, Path workingDirectory, Path argumentsFile) {
        this.java = java;
        this.jvmArguments = List.copyOf(jvmArguments);
        this.classPath = List.copyOf(classPath);
        this.mainClass = mainClass;
        this.arguments = List.copyOf(arguments);
        this.workingDirectory = workingDirectory;
        this.argumentsFile = argumentsFile;
    }

    String describe() {
        return String.join(" ", commandLine()) + " (class path in " + argumentsFile + ") in " + workingDirectory;
    }

    private List<String> commandLine() {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmArguments);
        // a file, not -cp: a long class path does not fit a command line everywhere (Windows)
        command.add("@" + argumentsFile);
        command.add(mainClass);
        command.addAll(arguments);
        return command;
    }

    Result run(boolean console) throws IOException, InterruptedException {
        Files.createDirectories(argumentsFile.getParent());
        Files.writeString(argumentsFile, "-cp " + quote(String.join(File.pathSeparator, classPath))
                + System.lineSeparator(), NATIVE);
        ProcessBuilder builder = new ProcessBuilder(commandLine()).directory(workingDirectory.toFile());
        if (console) {
            builder.redirectInput(ProcessBuilder.Redirect.INHERIT).redirectOutput(ProcessBuilder.Redirect.INHERIT);
        }
        Process process = builder.start();
        Thread stopWithMaven = new Thread(process::destroy, "migrate-stop-forked-command");
        Runtime.getRuntime().addShutdownHook(stopWithMaven);
        try {
            List<String> out = Collections.synchronizedList(new ArrayList<>());
            List<String> err = Collections.synchronizedList(new ArrayList<>());
            List<Thread> pumps = new ArrayList<>();
            if (!console) {
                process.getOutputStream().close();
                pumps.add(pump(process.getInputStream(), System.out, out, "out"));
            }
            pumps.add(pump(process.getErrorStream(), System.err, err, "err"));
            int status = process.waitFor();
            for (Thread pump : pumps) {
                pump.join();
            }
            System.out.flush();
            return new Result(status, List.copyOf(out), List.copyOf(err));
        } finally {
            if (process.isAlive()) {
                process.destroy();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(stopWithMaven);
            } catch (IllegalStateException e) {
                // Maven is shutting down: the hook stops the command
            }
        }
    }

    /** Copies one output of the child to Maven's console, line by line, and keeps the lines. */
    private static Thread pump(InputStream stream, PrintStream console, List<String> lines, String name) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, Charset.defaultCharset()))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    console.println(line);
                    lines.add(line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "migrate-forked-command-" + name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static Charset nativeEncoding() {
        try {
            return Charset.forName(System.getProperty("native.encoding", Charset.defaultCharset().name()));
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }

    /** An argument file's quoting: the backslash escapes inside quotes. */
    static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** How the command ended, and what it wrote. */
    record Result(int status, List<String> out, List<String> err) {

        /**
         * The command's own message: the commands write an error as one line on standard error and
         * exit with 1 or 2; {@code check} and {@code drift} list what they found on standard output
         * and exit with 1; an application that fails to start logs why (Spring Boot's failure
         * analysis) last. So: the lines on standard error (without the JVM's own warnings), else the
         * output after the last log line (the other way round for a command that reports on its
         * output); of a stack trace, its root cause.
         */
        String failureMessage(String goal, boolean reportsOnOutput) {
            List<String> message = reportsOnOutput ? outputAfterLastLogLine() : errorLines();
            if (message.isEmpty()) {
                message = reportsOnOutput ? errorLines() : outputAfterLastLogLine();
            }
            if (message.isEmpty()) {
                return goal + " failed: the application exited with status " + status;
            }
            message = withoutStackTrace(message);
            if (message.size() > MESSAGE_LINES) {
                message = new ArrayList<>(message.subList(0, MESSAGE_LINES));
                message.add("... (the whole output is above)");
            }
            return String.join(System.lineSeparator(), message);
        }

        /** A stack trace says most in its root cause's line. */
        private static List<String> withoutStackTrace(List<String> lines) {
            if (lines.stream().noneMatch(line -> STACK_FRAME.matcher(line).matches())) {
                return lines;
            }
            String cause = lines.get(0);
            for (String line : lines) {
                if (line.startsWith(CAUSED_BY)) {
                    cause = line.substring(CAUSED_BY.length());
                }
            }
            return List.of(cause, "(the stack trace is above)");
        }

        private List<String> errorLines() {
            List<String> lines = new ArrayList<>();
            for (String line : err) {
                if (!line.isBlank() && !JVM_NOISE.matcher(line).matches()) {
                    lines.add(line.stripTrailing());
                }
            }
            return lines;
        }

        private List<String> outputAfterLastLogLine() {
            int start = out.size();
            while (start > 0 && !LOG_LINE.matcher(out.get(start - 1)).matches()) {
                start--;
            }
            List<String> lines = new ArrayList<>();
            for (String line : out.subList(start, out.size())) {
                if (!lines.isEmpty() || !line.isBlank()) {
                    lines.add(line.stripTrailing());
                }
            }
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
                lines.remove(lines.size() - 1);
            }
            return lines;
        }
    }
}
