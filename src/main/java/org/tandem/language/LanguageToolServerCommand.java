package org.tandem.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -jar tandem.jar languagetool-server [--port 8081] [--public] [--config FILE]}: LanguageTool's own HTTP
 * server ({@code org.languagetool.server.HTTPServer}) with the language modules Tandem ships, as the check tier
 * several Tandem instances share ({@code tandem.languagetool.servers}). Every option is LanguageTool's own; without
 * {@code --config}, the server keeps its prepared pipelines between requests ({@code pipelineCaching}) and checks on
 * as many threads as there are cores ({@code maxCheckThreads}), which LanguageTool leaves off and at 10 by default.
 */
public final class LanguageToolServerCommand {

    /** The first argument that starts the server instead of the workbench. */
    public static final String NAME = "languagetool-server";

    private LanguageToolServerCommand() {
    }

    /** Whether the command line asks for the LanguageTool server. */
    public static boolean wanted(String[] args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    /** Starts LanguageTool's server with the arguments after the command name; returns once it listens. */
    public static void run(String[] args) {
        org.languagetool.server.HTTPServer.main(arguments(args));
    }

    /** The server's arguments: the given ones, and Tandem's defaults as a config file when none is given. */
    static String[] arguments(String[] args) {
        List<String> rest = new ArrayList<>(Arrays.asList(args).subList(wanted(args) ? 1 : 0, args.length));
        if (!rest.contains("--config") && !rest.contains("-h") && !rest.contains("--help")) {
            rest.add("--config");
            rest.add(defaults().toString());
        }
        return rest.toArray(String[]::new);
    }

    /** LanguageTool's server options Tandem sets when the operator gives none (all documented by LanguageTool). */
    static String defaultSettings() {
        int cores = Runtime.getRuntime().availableProcessors();
        return "# written by Tandem's languagetool-server command; pass --config FILE to set your own\n"
                + "pipelineCaching=true\n"
                + "maxPipelinePoolSize=" + Math.max(5, 2 * cores) + "\n"
                + "maxCheckThreads=" + cores + "\n"
                + "maxWorkQueueSize=" + 100 * cores + "\n";
    }

    private static Path defaults() {
        try {
            Path file = Files.createTempFile("tandem-languagetool-server", ".properties");
            file.toFile().deleteOnExit();
            Files.writeString(file, defaultSettings(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write LanguageTool's server settings to a temporary file", e);
        }
    }
}
