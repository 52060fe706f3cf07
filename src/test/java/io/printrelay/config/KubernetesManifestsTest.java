package io.printrelay.config;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/kubernetes, read as kubectl would read it: N replicas on PostgreSQL, probes on actuator, every credential
 * from the Secret and read by a setting, the ConfigMap's application.yaml mounted where Spring Boot reads it and made
 * only of settings the shipped application.yaml has (a misspelt key would be ignored silently in a cluster).
 */
class KubernetesManifestsTest {

    static final Path DIR = Path.of("deploy/kubernetes");

    @Test
    void theKustomizationListsEveryManifest() throws IOException {
        Map<String, Object> kustomization = one("kustomization.yaml");
        try (Stream<Path> files = Files.list(DIR)) {
            assertThat(list(kustomization, "resources")).containsExactlyInAnyOrderElementsOf(files
                    .map(f -> f.getFileName().toString()).filter(n -> !n.equals("kustomization.yaml")).toList());
        }
    }

    @Test
    void theDeploymentRunsSeveralReplicasOnPostgresWithProbesOnActuator() throws IOException {
        Map<String, Object> deployment = one("deployment.yaml");
        assertThat(deployment.get("kind")).isEqualTo("Deployment");
        assertThat((Integer) map(deployment, "spec").get("replicas")).isGreaterThanOrEqualTo(2);
        Map<String, Object> container = container(deployment);
        assertThat(env(container).get("SPRING_PROFILES_ACTIVE").split(",")).contains("live", "postgres");
        Map<String, Object> port = maps(container, "ports").get(0);
        assertThat(port.get("containerPort")).isEqualTo(8080);
        assertThat(shippedSettings()).containsEntry("server.port", "${PORT:8080}")
                .containsEntry("management.endpoint.health.probes.enabled", "true");
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            Map<String, Object> get = map(map(container, probe), "httpGet");
            assertThat(get.get("port")).as(probe).isEqualTo(port.get("name"));
            assertThat(String.valueOf(get.get("path"))).as(probe).startsWith("/actuator/health/");
        }
        assertThat(map(map(container, "readinessProbe"), "httpGet").get("path")).isEqualTo("/actuator/health/readiness");
        assertThat(map(map(container, "livenessProbe"), "httpGet").get("path")).isEqualTo("/actuator/health/liveness");
    }

    @Test
    void everyCredentialComesFromTheSecretAndIsReadBySetting() throws IOException {
        Map<String, Object> secret = one("secret.yaml");
        assertThat(secret.get("kind")).isEqualTo("Secret");
        String secretName = String.valueOf(map(secret, "metadata").get("name"));
        Set<String> secretKeys = map(secret, "stringData").keySet();
        String shipped = Files.readString(Path.of("application.yaml"));
        Set<String> referenced = new TreeSet<>();
        for (Map<String, Object> variable : maps(container(one("deployment.yaml")), "env")) {
            Map<String, Object> from = map(variable, "valueFrom");
            if (from == null) {
                continue;
            }
            Map<String, Object> ref = map(from, "secretKeyRef");
            assertThat(ref.get("name")).isEqualTo(secretName);
            assertThat(secretKeys).contains(String.valueOf(ref.get("key")));
            assertThat(shipped).as("application.yaml reads %s", variable.get("name"))
                    .contains("${" + variable.get("name") + ":");
            referenced.add(String.valueOf(ref.get("key")));
        }
        assertThat(referenced).containsExactlyInAnyOrderElementsOf(secretKeys);
    }

    @Test
    void theConfigMapIsSpringBootsConfigApplicationYamlOfKnownSettingsAndNoSecrets() throws IOException {
        Map<String, Object> configMap = one("configmap.yaml");
        String name = String.valueOf(map(configMap, "metadata").get("name"));
        Map<String, Object> pod = map(map(one("deployment.yaml"), "spec"), "template");
        Map<String, Object> volume = maps(map(pod, "spec"), "volumes").stream()
                .filter(v -> v.get("configMap") != null && name.equals(map(v, "configMap").get("name")))
                .findFirst().orElseThrow();
        Map<String, Object> mount = maps(container(one("deployment.yaml")), "volumeMounts").stream()
                .filter(m -> volume.get("name").equals(m.get("name"))).findFirst().orElseThrow();
        // the image's working directory is /app (deploy/Dockerfile): ./config/application.yaml outranks ./application.yaml
        assertThat(mount.get("mountPath")).isEqualTo("/app/config");
        assertThat(Files.readString(Path.of("deploy/Dockerfile"))).contains("WORKDIR /app")
                .contains("COPY application.yaml /app/application.yaml").contains("COPY routes/ /app/routes/");

        Map<String, String> settings = flatten(new Yaml().load(String.valueOf(map(configMap, "data")
                .get("application.yaml"))));
        assertThat(settings).isNotEmpty();
        assertThat(shippedSettings().keySet()).containsAll(settings.keySet());
        assertThat(settings.keySet()).noneMatch(key -> key.matches(".*(password|private-key|api-key|token).*"));
    }

    @Test
    void theServiceReachesTheDeploymentsPods() throws IOException {
        Map<String, Object> service = one("service.yaml");
        Map<String, Object> labels = map(map(map(map(one("deployment.yaml"), "spec"), "template"), "metadata"),
                "labels");
        assertThat(labels).containsAllEntriesOf(map(map(service, "spec"), "selector"));
        assertThat(maps(map(service, "spec"), "ports").get(0).get("targetPort"))
                .isEqualTo(maps(container(one("deployment.yaml")), "ports").get(0).get("name"));
    }

    // ---------------------------------------------------------------- reading

    private static Map<String, Object> one(String file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml().loadAll(Files.readString(DIR.resolve(file)))) {
            documents.add(cast(document));
        }
        assertThat(documents).as(file).hasSize(1);
        return documents.get(0);
    }

    /** Every key of every document of the shipped application.yaml (profiles included), flattened. */
    private static Map<String, String> shippedSettings() throws IOException {
        Map<String, String> all = new LinkedHashMap<>();
        for (Object document : new Yaml().loadAll(Files.readString(Path.of("application.yaml")))) {
            all.putAll(flatten(cast(document)));
        }
        return all;
    }

    private static Map<String, String> flatten(Map<String, Object> yaml) {
        Map<String, String> flat = new LinkedHashMap<>();
        flatten("", yaml, flat);
        return flat;
    }

    private static void flatten(String prefix, Map<String, Object> yaml, Map<String, String> flat) {
        yaml.forEach((key, value) -> {
            String name = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?> nested) {
                flatten(name, cast(nested), flat);
            } else {
                flat.put(name, String.valueOf(value));
            }
        });
    }

    private static Map<String, Object> container(Map<String, Object> deployment) {
        return maps(map(map(map(deployment, "spec"), "template"), "spec"), "containers").get(0);
    }

    private static Map<String, String> env(Map<String, Object> container) {
        Map<String, String> values = new LinkedHashMap<>();
        maps(container, "env").forEach(v -> values.put(String.valueOf(v.get("name")), String.valueOf(v.get("value"))));
        return values;
    }

    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value == null ? null : cast(value);
    }

    private static List<Map<String, Object>> maps(Map<String, Object> parent, String key) {
        return list(parent, key).stream().map(KubernetesManifestsTest::<Map<String, Object>>cast).toList();
    }

    private static List<Object> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as(key).isInstanceOf(List.class);
        return cast(value);
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
