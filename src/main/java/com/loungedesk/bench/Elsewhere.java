package com.loungedesk.bench;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Commands for another JVM on this machine, at lower CPU priority ({@code nice -n 10} where there is
 * one): the backend and the other desks of a UI run live elsewhere in real life, so here they get the
 * CPU the console leaves over instead of taking turns with it.
 */
final class Elsewhere {

    private Elsewhere() {
    }

    /** {@code [nice -n 10] java -cp <this class path> mainClass args...} */
    static List<String> java(String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        nice().ifPresent(nice -> command.addAll(List.of(nice, "-n", "10")));
        command.add(ProcessHandle.current().info().command()
                .orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(args);
        return command;
    }

    /** Whether commands from {@link #java} run at a lower priority on this machine. */
    static boolean niced() {
        return nice().isPresent();
    }

    private static Optional<String> nice() {
        return Stream.of("/usr/bin/nice", "/bin/nice").filter(n -> new File(n).canExecute()).findFirst();
    }
}
