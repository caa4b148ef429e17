package dev.migrate.benchmark.boot;

import jakarta.persistence.EntityManagerFactory;
import java.lang.management.ManagementFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot application with the generated entities (package {@code bench}), started by
 * {@code benchmark.sh} without a migration tool, with migrate and with Flyway: whichever the class
 * path holds. When it is ready it prints one line and exits:
 * {@code ready_ms=7012 cpu_ms=13540 entities=500 classes=16190}, where {@code ready_ms} runs from the
 * JVM's start to the {@link ApplicationReadyEvent} and {@code cpu_ms} is the CPU time of every
 * thread of the process by then.
 */
@SpringBootApplication
@EntityScan("bench")
public class BootStartBenchmark {

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(BootStartBenchmark.class, args);
        System.exit(SpringApplication.exit(context));
    }

    @Bean
    ApplicationListener<ApplicationReadyEvent> startReport(EntityManagerFactory entityManagerFactory) {
        return event -> {
            long readyMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            long cpuMs = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getProcessCpuTime() / 1_000_000 : -1;
            System.out.println("ready_ms=" + readyMs + " cpu_ms=" + cpuMs + " entities="
                    + entityManagerFactory.getMetamodel().getEntities().size() + " classes="
                    + ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount());
        };
    }
}
