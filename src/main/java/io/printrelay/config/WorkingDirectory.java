package io.printrelay.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PrintRelay reads its settings from {@code application.yaml} and its routes from {@code routes/} in the directory it
 * starts in (the project, or {@code /app} in the image of deploy/Dockerfile). Started anywhere else it used to fail
 * deep in a bean with a NullPointerException; this says what is missing and how to start it instead.
 */
public final class WorkingDirectory {

    /** Settings that name the configuration elsewhere: with one of them given, the directory need not hold it. */
    private static final List<String> ELSEWHERE = List.of("spring.config.location", "spring.config.additional-location",
            "spring.config.import");
    private static final String ROUTES = "camel.main.routes-include-pattern";

    private WorkingDirectory() {
    }

    /**
     * What keeps PrintRelay from starting in {@code dir} with these arguments and this environment, if anything.
     *
     * @param environment the process environment (SPRING_CONFIG_LOCATION and friends count as arguments)
     */
    public static Optional<String> problem(Path dir, String[] args, Map<String, String> environment) {
        boolean settingsElsewhere = ELSEWHERE.stream().anyMatch(name -> given(name, args, environment));
        boolean routesElsewhere = given(ROUTES, args, environment);
        boolean noSettings = !settingsElsewhere && !Files.isRegularFile(dir.resolve("application.yaml"));
        boolean noRoutes = !routesElsewhere && !settingsElsewhere && !Files.isDirectory(dir.resolve("routes"));
        if (!noSettings && !noRoutes) {
            return Optional.empty();
        }
        String missing = noSettings && noRoutes ? "application.yaml and routes/"
                : noSettings ? "application.yaml" : "routes/";
        return Optional.of("PrintRelay reads its settings from application.yaml and its routes from routes/ in the"
                + " directory it starts in, and " + dir.toAbsolutePath().normalize() + " has no " + missing
                + ": start it from the directory that holds both (the project, or /app in the image), or name them"
                + " with --spring.config.additional-location=file:/path/to/application.yaml and --" + ROUTES
                + "=file:/path/to/routes/*.camel.yaml");
    }

    private static boolean given(String name, String[] args, Map<String, String> environment) {
        String variable = name.toUpperCase().replace('.', '_').replace("-", "");
        return Arrays.stream(args).anyMatch(arg -> arg.startsWith("--" + name + "="))
                || System.getProperty(name) != null || environment.containsKey(variable);
    }
}
