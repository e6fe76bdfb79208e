package org.iom.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders each overlay of k8s/ with {@code kubectl kustomize} and checks every object strictly against the
 * Kubernetes schema (fabric8 model, unknown fields failing), the CloudNativePG objects by their required fields, and
 * the operational rules of issue 8 (replicas, rollout, probes, security context, grace period, heap within limit).
 */
class KubernetesManifestsTest {

    /** Non-heap memory of the service measured at 171 MiB committed (NMT; docs/operations.md): budget 192 MiB. */
    static final long NON_HEAP_BUDGET = 192L << 20;
    /** Measured live heap after load stays well below 128 MiB; the heap must be at least this. */
    static final long MIN_HEAP = 128L << 20;
    static final Map<String, String> PROBE_PATHS = Map.of(
            "startup", "/q/health/started", "readiness", "/q/health/ready", "liveness", "/q/health/live");

    // ---------------------------------------------------------------------------------------------------------
    // Schema
    // ---------------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyObjectParsesStrictlyAgainstTheKubernetesSchema(String overlay) {
        List<Map<String, Object>> docs = RenderedManifests.render(overlay);
        List<String> kinds = new ArrayList<>();
        for (Map<String, Object> doc : docs) {
            if (CloudNativePg.isCnpg(doc)) {
                CloudNativePg.check(doc);
            } else {
                HasMetadata model = StrictModel.parse(doc);
                assertNotNull(model.getMetadata().getName(), "every object has a name");
                assertEquals("iom-" + overlay, model.getMetadata().getNamespace(),
                        StrictModel.key(doc) + " " + model.getMetadata().getName() + " is in the overlay's namespace");
            }
            kinds.add(RenderedManifests.kind(doc));
        }
        assertTrue(kinds.containsAll(List.of("Deployment", "Service", "ConfigMap", "ServiceAccount",
                "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy", "Ingress", "Cluster")),
                "all parts are rendered: " + kinds);
        assertFalse(kinds.contains("Secret"), "no Secret is ever committed: they are created by hand or by the operator");
    }

    @Test
    void theStrictParserRejectsUnknownFieldsAndWrongTypes() throws IOException {
        String deployment = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  selector: {matchLabels: {a: b}}
                  template:
                    metadata: {labels: {a: b}}
                    spec:
                      containers:
                        - name: c
                          image: i
                          bogusField: 1
                      terminationGracePeriodSecond: 30
                """;
        AssertionError unknown = assertThrows(AssertionError.class,
                () -> StrictModel.parse(RenderedManifests.parseYaml(deployment).get(0)));
        assertTrue(unknown.getMessage().contains("$.spec.template.spec.containers[0] unknown [bogusField]"),
                unknown.getMessage());
        assertTrue(unknown.getMessage().contains("$.spec.template.spec unknown [terminationGracePeriodSecond]"),
                unknown.getMessage());

        String wrongType = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  replicas: "2"
                  selector: {matchLabels: {a: b}}
                  template: {metadata: {labels: {a: b}}, spec: {containers: [{name: c, image: i}]}}
                """;
        AssertionError type = assertThrows(AssertionError.class,
                () -> StrictModel.parse(RenderedManifests.parseYaml(wrongType).get(0)));
        assertTrue(type.getMessage().contains("does not match the schema"), type.getMessage());

        String unknownKind = "apiVersion: apps/v1beta1\nkind: Deployment\nmetadata: {name: x}\n";
        assertThrows(AssertionError.class, () -> StrictModel.parse(RenderedManifests.parseYaml(unknownKind).get(0)));
    }

    @Test
    void theCloudNativePgCheckRejectsAClusterWithoutStorage() throws IOException {
        String cluster = """
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: iom-db}
                spec:
                  instances: 3
                  bootstrap: {initdb: {database: iom, owner: iom}}
                """;
        AssertionError e = assertThrows(AssertionError.class,
                () -> CloudNativePg.check(RenderedManifests.parseYaml(cluster).get(0)));
        assertTrue(e.getMessage().contains("storage"), e.getMessage());
        String typo = cluster.replace("instances: 3", "instances: 3\n  storage: {size: 1Gi}\n  instance: 2");
        AssertionError t = assertThrows(AssertionError.class,
                () -> CloudNativePg.check(RenderedManifests.parseYaml(typo).get(0)));
        assertTrue(t.getMessage().contains("instance"), t.getMessage());
    }

    // ---------------------------------------------------------------------------------------------------------
    // The Deployment's rules, in every environment
    // ---------------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void rolloutNeverDropsBelowTheWantedReplicas(String overlay) {
        Deployment deployment = deployment(overlay);
        assertEquals("RollingUpdate", deployment.getSpec().getStrategy().getType());
        IntOrString maxUnavailable = deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable();
        assertTrue(Objects.equals(maxUnavailable.getIntVal(), 0) || "0%".equals(maxUnavailable.getStrVal()),
                "maxUnavailable is 0, was " + maxUnavailable);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void probesUseTheQuarkusHealthPaths(String overlay) {
        Container c = container(overlay);
        Map<String, Probe> probes = Map.of(
                "startup", c.getStartupProbe(), "readiness", c.getReadinessProbe(), "liveness", c.getLivenessProbe());
        probes.forEach((kind, probe) -> {
            assertNotNull(probe, kind + " probe");
            assertNotNull(probe.getHttpGet(), kind + " probe is an HTTP GET");
            assertEquals(PROBE_PATHS.get(kind), probe.getHttpGet().getPath(), kind + " probe path");
            IntOrString port = probe.getHttpGet().getPort();
            assertTrue(c.getPorts().stream().anyMatch(p -> Objects.equals(p.getName(), port.getStrVal())
                            || Objects.equals(p.getContainerPort(), port.getIntVal())),
                    kind + " probe port " + port + " is a port of the container");
        });
        Probe startup = c.getStartupProbe();
        assertTrue(startup.getPeriodSeconds() * startup.getFailureThreshold() >= 60,
                "the startup probe allows at least 60 s for start-up and migrations");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void podsRunLockedDown(String overlay) {
        PodSpec pod = deployment(overlay).getSpec().getTemplate().getSpec();
        Container c = container(overlay);
        assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot(), "pod runAsNonRoot");
        assertTrue(pod.getSecurityContext().getRunAsUser() != null && pod.getSecurityContext().getRunAsUser() > 0,
                "a numeric non-root user");
        assertEquals("RuntimeDefault", pod.getSecurityContext().getSeccompProfile().getType());
        assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), "no service-account token in the pod");
        var sc = c.getSecurityContext();
        assertEquals(Boolean.TRUE, sc.getReadOnlyRootFilesystem(), "read-only root filesystem");
        assertEquals(Boolean.FALSE, sc.getAllowPrivilegeEscalation(), "no privilege escalation");
        assertEquals(List.of("ALL"), sc.getCapabilities().getDrop(), "all capabilities dropped");
        assertTrue(sc.getCapabilities().getAdd() == null || sc.getCapabilities().getAdd().isEmpty(), "none added");
        VolumeMount tmp = c.getVolumeMounts().stream().filter(m -> "/tmp".equals(m.getMountPath())).findFirst()
                .orElseThrow(() -> new AssertionError("a writable /tmp is mounted"));
        Volume tmpVolume = pod.getVolumes().stream().filter(v -> v.getName().equals(tmp.getName())).findFirst()
                .orElseThrow();
        assertNotNull(tmpVolume.getEmptyDir(), "/tmp is an emptyDir");

        ServiceAccount account = StrictModel.parse(
                RenderedManifests.ofKind(RenderedManifests.render(overlay), "ServiceAccount").stream()
                        .filter(d -> RenderedManifests.name(d).equals(pod.getServiceAccountName())).findFirst()
                        .orElseThrow(() -> new AssertionError("the pod's ServiceAccount is rendered")),
                ServiceAccount.class);
        assertEquals(Boolean.FALSE, account.getAutomountServiceAccountToken());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void gracePeriodOutlastsTheShutdownTimeout(String overlay) {
        PodSpec pod = deployment(overlay).getSpec().getTemplate().getSpec();
        Container c = container(overlay);
        String timeout = environment(overlay).getOrDefault("QUARKUS_SHUTDOWN_TIMEOUT",
                ConfigKeys.defaultValue("quarkus.shutdown.timeout").orElse("0S"));
        long shutdown = quarkusDuration(timeout).toSeconds();
        long preStop = c.getLifecycle() != null && c.getLifecycle().getPreStop() != null
                && c.getLifecycle().getPreStop().getSleep() != null
                ? c.getLifecycle().getPreStop().getSleep().getSeconds() : 0;
        long grace = pod.getTerminationGracePeriodSeconds();
        assertTrue(shutdown > 0, "a shutdown timeout is configured");
        assertTrue(grace > shutdown + preStop,
                "terminationGracePeriodSeconds " + grace + " > shutdown timeout " + shutdown + " + preStop " + preStop);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void resourcesAreSetAndTheHeapFitsTheMemoryLimit(String overlay) {
        Container c = container(overlay);
        for (String r : List.of("cpu", "memory")) {
            assertNotNull(c.getResources().getRequests().get(r), r + " request");
            assertNotNull(c.getResources().getLimits().get(r), r + " limit");
        }
        long limit = bytes(c.getResources().getLimits().get("memory"));
        long request = bytes(c.getResources().getRequests().get("memory"));
        assertEquals(limit, request, "memory request = limit: the JVM's footprint does not shrink under pressure");
        long heap = maxHeap(environment(overlay), limit);
        assertTrue(heap >= MIN_HEAP, "heap " + (heap >> 20) + " MiB is at least " + (MIN_HEAP >> 20) + " MiB");
        assertTrue(heap + NON_HEAP_BUDGET <= limit, "heap " + (heap >> 20) + " MiB + non-heap "
                + (NON_HEAP_BUDGET >> 20) + " MiB fits the limit " + (limit >> 20) + " MiB");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void podsSpreadAcrossNodes(String overlay) {
        PodSpec pod = deployment(overlay).getSpec().getTemplate().getSpec();
        Map<String, String> labels = deployment(overlay).getSpec().getTemplate().getMetadata().getLabels();
        TopologySpreadConstraint byNode = pod.getTopologySpreadConstraints().stream()
                .filter(t -> "kubernetes.io/hostname".equals(t.getTopologyKey())).findFirst()
                .orElseThrow(() -> new AssertionError("a topology spread constraint across nodes"));
        assertTrue(labels.entrySet().containsAll(byNode.getLabelSelector().getMatchLabels().entrySet()),
                "the spread constraint selects the service's own pods");
        if (overlay.equals("prod")) {
            assertEquals("DoNotSchedule", byNode.getWhenUnsatisfiable(), "prod: never two replicas on one node");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theObjectsReferToEachOther(String overlay) {
        List<Map<String, Object>> docs = RenderedManifests.render(overlay);
        Deployment deployment = deployment(overlay);
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        String name = deployment.getMetadata().getName();

        Service service = StrictModel.parse(RenderedManifests.single(docs, "Service"), Service.class);
        assertTrue(podLabels.entrySet().containsAll(service.getSpec().getSelector().entrySet()), "Service selects the pods");
        String servicePortName = service.getSpec().getPorts().get(0).getTargetPort().getStrVal();
        assertTrue(container(overlay).getPorts().stream().anyMatch(p -> p.getName().equals(servicePortName)));

        HorizontalPodAutoscaler hpa = StrictModel.parse(RenderedManifests.single(docs, "HorizontalPodAutoscaler"),
                HorizontalPodAutoscaler.class);
        assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
        assertEquals(name, hpa.getSpec().getScaleTargetRef().getName());
        assertTrue(hpa.getSpec().getMinReplicas() <= hpa.getSpec().getMaxReplicas());

        PodDisruptionBudget pdb = StrictModel.parse(RenderedManifests.single(docs, "PodDisruptionBudget"),
                PodDisruptionBudget.class);
        assertTrue(podLabels.entrySet().containsAll(pdb.getSpec().getSelector().getMatchLabels().entrySet()));

        Ingress ingress = StrictModel.parse(RenderedManifests.single(docs, "Ingress"), Ingress.class);
        ingress.getSpec().getRules().forEach(rule -> rule.getHttp().getPaths().forEach(p -> {
            assertEquals(service.getMetadata().getName(), p.getBackend().getService().getName());
            assertFalse(p.getPath().startsWith("/q/health") || p.getPath().startsWith("/q/metrics"),
                    "health and metrics are not published: " + p.getPath());
        }));

        Set<String> configMaps = RenderedManifests.ofKind(docs, "ConfigMap").stream().map(RenderedManifests::name)
                .collect(Collectors.toSet());
        container(overlay).getEnvFrom().forEach(e -> {
            if (e.getConfigMapRef() != null) {
                assertTrue(configMaps.contains(e.getConfigMapRef().getName()), "envFrom ConfigMap is rendered");
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void credentialsComeFromTheOperatorsSecretAndTheJwtKeysFromASecret(String overlay) {
        // Two roles (ADR 0031): requests as the runtime role (a Secret the Cluster's managed role also reads), migrations
        // as the owner (the Secret CloudNativePG generates); the access log's seal key from a Secret (ADR 0032).
        List<Map<String, Object>> docs = RenderedManifests.render(overlay);
        String cluster = RenderedManifests.name(RenderedManifests.single(docs, "Cluster"));
        Map<String, String> fromSecrets = new java.util.TreeMap<>();
        for (EnvVar e : container(overlay).getEnv()) {
            if (e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null) {
                fromSecrets.put(e.getName(), e.getValueFrom().getSecretKeyRef().getName() + "/"
                        + e.getValueFrom().getSecretKeyRef().getKey());
            }
        }
        String runtime = CloudNativePg.managedRolePasswordSecret(RenderedManifests.single(docs, "Cluster"), "iom_app");
        assertEquals(Map.of(
                "QUARKUS_DATASOURCE_USERNAME", runtime + "/username",
                "QUARKUS_DATASOURCE_PASSWORD", runtime + "/password",
                "QUARKUS_FLYWAY_USERNAME", cluster + "-app/username",
                "QUARKUS_FLYWAY_PASSWORD", cluster + "-app/password",
                "IOM_AUDIT_SEAL_KEY", "iom-service-audit-seal/seal-key"), fromSecrets);
        String url = environment(overlay).get("QUARKUS_DATASOURCE_JDBC_URL");
        assertEquals("jdbc:postgresql://" + cluster + "-rw:5432/iom", url,
                "the runtime URL is the Cluster's read-write service, with no user or password in it");
        assertTrue(container(overlay).getEnv().stream().noneMatch(e -> e.getName().contains("PASSWORD")
                && e.getValue() != null), "no password in clear");

        PodSpec pod = deployment(overlay).getSpec().getTemplate().getSpec();
        String keyLocation = environment(overlay).get("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        assertNotNull(keyLocation, "MP_JWT_VERIFY_PUBLICKEY_LOCATION is set");
        VolumeMount keys = container(overlay).getVolumeMounts().stream()
                .filter(m -> keyLocation.startsWith(m.getMountPath() + "/")).findFirst()
                .orElseThrow(() -> new AssertionError("the JWT verification key is a mounted file: " + keyLocation));
        Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(keys.getName())).findFirst().orElseThrow();
        assertNotNull(volume.getSecret(), "the verification keys come from a Secret");
    }

    @Test
    void everySecretToCreateByHandIsDocumented() throws IOException {
        String operations = Files.readString(Path.of("docs/operations.md"));
        for (String overlay : RenderedManifests.OVERLAYS) {
            PodSpec pod = deployment(overlay).getSpec().getTemplate().getSpec();
            for (Volume v : pod.getVolumes()) {
                if (v.getSecret() != null) {
                    String secret = v.getSecret().getSecretName();
                    assertTrue(operations.contains("create secret generic " + secret),
                            "docs/operations.md shows how to create the Secret " + secret);
                }
            }
        }
        for (String overlay : RenderedManifests.OVERLAYS) {
            String generated = RenderedManifests.name(RenderedManifests.single(RenderedManifests.render(overlay),
                    "Cluster")) + "-app";
            for (EnvVar e : container(overlay).getEnv()) {
                if (e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null
                        && !e.getValueFrom().getSecretKeyRef().getName().equals(generated)) {
                    String secret = e.getValueFrom().getSecretKeyRef().getName();
                    assertTrue(operations.contains("create secret generic " + secret),
                            "docs/operations.md shows how to create the Secret " + secret);
                }
            }
        }
        for (Map<String, Object> doc : RenderedManifests.render("prod")) {
            for (String secret : CloudNativePg.referencedSecrets(doc)) {
                assertTrue(operations.contains("create secret generic " + secret),
                        "docs/operations.md shows how to create the Secret " + secret);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Per environment
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void prodRunsAtLeastTwoReplicasAlways() {
        List<Map<String, Object>> docs = RenderedManifests.render("prod");
        HorizontalPodAutoscaler hpa = StrictModel.parse(RenderedManifests.single(docs, "HorizontalPodAutoscaler"),
                HorizontalPodAutoscaler.class);
        assertTrue(hpa.getSpec().getMinReplicas() >= 2, "the autoscaler never goes below 2");
        assertEquals(deployment("prod").getMetadata().getName(), hpa.getSpec().getScaleTargetRef().getName());
        Integer replicas = deployment("prod").getSpec().getReplicas();
        assertTrue(replicas == null || replicas >= 2,
                "the Deployment leaves the number to the autoscaler, or asks for at least 2: " + replicas);
        PodDisruptionBudget pdb = StrictModel.parse(RenderedManifests.single(docs, "PodDisruptionBudget"),
                PodDisruptionBudget.class);
        IntOrString maxUnavailable = pdb.getSpec().getMaxUnavailable();
        assertTrue(maxUnavailable != null && maxUnavailable.getIntVal() != null
                        && maxUnavailable.getIntVal() < hpa.getSpec().getMinReplicas(),
                "a drain always leaves a replica serving");
    }

    @Test
    void prodDatabaseIsThreeInstancesWithSynchronousReplicationAndBackups() {
        List<Map<String, Object>> docs = RenderedManifests.render("prod");
        Map<String, Object> cluster = RenderedManifests.single(docs, "Cluster");
        assertEquals(3, CloudNativePg.path(cluster, "spec.instances"));
        assertTrue(Set.of("any", "first").contains(CloudNativePg.path(cluster, "spec.postgresql.synchronous.method")));
        assertTrue(((Integer) CloudNativePg.path(cluster, "spec.postgresql.synchronous.number")) >= 1);
        assertEquals("required", CloudNativePg.path(cluster, "spec.postgresql.synchronous.dataDurability"));

        // Backups by reference: WAL archiving through the Barman Cloud plugin to an ObjectStore, plus a schedule.
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> plugins = (List<Map<String, Object>>) CloudNativePg.path(cluster, "spec.plugins");
        Map<String, Object> barman = plugins.stream()
                .filter(p -> "barman-cloud.cloudnative-pg.io".equals(p.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("the Barman Cloud plugin is configured"));
        assertEquals(Boolean.TRUE, barman.get("isWALArchiver"));
        String store = String.valueOf(CloudNativePg.path(barman, "parameters.barmanObjectName"));
        Set<String> stores = RenderedManifests.ofKind(docs, "ObjectStore").stream().map(RenderedManifests::name)
                .collect(Collectors.toSet());
        assertTrue(stores.contains(store), "the ObjectStore " + store + " is rendered: " + stores);
        Map<String, Object> schedule = RenderedManifests.single(docs, "ScheduledBackup");
        assertEquals(RenderedManifests.name(cluster), CloudNativePg.path(schedule, "spec.cluster.name"));
        assertEquals("plugin", CloudNativePg.path(schedule, "spec.method"));
    }

    @Test
    void devDatabaseIsASingleInstance() {
        Map<String, Object> cluster = RenderedManifests.single(RenderedManifests.render("dev"), "Cluster");
        assertEquals(1, CloudNativePg.path(cluster, "spec.instances"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void networkPolicyLetsInOnlyTheIngressControllerAndTheScraperAndLetsOutOnlyPostgresAndDns(String overlay) {
        List<Map<String, Object>> docs = RenderedManifests.render(overlay);
        NetworkPolicy policy = StrictModel.parse(RenderedManifests.single(docs, "NetworkPolicy"), NetworkPolicy.class);
        Map<String, String> podLabels = deployment(overlay).getSpec().getTemplate().getMetadata().getLabels();
        assertTrue(podLabels.entrySet().containsAll(policy.getSpec().getPodSelector().getMatchLabels().entrySet()));
        assertEquals(Set.of("Ingress", "Egress"), Set.copyOf(policy.getSpec().getPolicyTypes()));

        List<String> sources = new ArrayList<>();
        policy.getSpec().getIngress().forEach(rule -> {
            assertFalse(rule.getFrom() == null || rule.getFrom().isEmpty(), "every ingress rule names its source");
            for (NetworkPolicyPeer peer : rule.getFrom()) {
                assertNotNull(peer.getNamespaceSelector(), "ingress sources are other namespaces' pods");
                assertNotNull(peer.getPodSelector(), "and specific pods there");
                assertEquals(null, peer.getIpBlock());
                sources.add(peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"));
            }
        });
        assertEquals(List.of("ingress-nginx", "monitoring"), sources);

        String cluster = RenderedManifests.name(RenderedManifests.single(docs, "Cluster"));
        Set<Integer> egressPorts = new java.util.TreeSet<>();
        policy.getSpec().getEgress().forEach(rule -> {
            assertFalse(rule.getTo() == null || rule.getTo().isEmpty(), "every egress rule names its destination");
            for (NetworkPolicyPeer peer : rule.getTo()) {
                assertEquals(null, peer.getIpBlock(), "no egress to addresses outside the cluster");
            }
            for (NetworkPolicyPort port : rule.getPorts()) {
                egressPorts.add(port.getPort().getIntVal());
            }
            boolean toDb = rule.getTo().stream().anyMatch(p -> p.getPodSelector() != null
                    && cluster.equals(p.getPodSelector().getMatchLabels().get("cnpg.io/cluster")));
            boolean toDns = rule.getTo().stream().anyMatch(p -> p.getPodSelector() != null
                    && "kube-dns".equals(p.getPodSelector().getMatchLabels().get("k8s-app")));
            assertTrue(toDb ^ toDns, "an egress rule goes to PostgreSQL or to DNS, nothing else");
        });
        assertEquals(Set.of(53, 5432), egressPorts);
    }

    // ---------------------------------------------------------------------------------------------------------

    static Deployment deployment(String overlay) {
        return StrictModel.parse(RenderedManifests.single(RenderedManifests.render(overlay), "Deployment"),
                Deployment.class);
    }

    static Container container(String overlay) {
        List<Container> containers = deployment(overlay).getSpec().getTemplate().getSpec().getContainers();
        assertEquals(1, containers.size(), "one container");
        return containers.get(0);
    }

    /** The environment the container gets: its env values plus the data of the ConfigMaps it takes envFrom. */
    static Map<String, String> environment(String overlay) {
        List<Map<String, Object>> docs = RenderedManifests.render(overlay);
        Map<String, String> env = new java.util.TreeMap<>();
        Container c = container(overlay);
        if (c.getEnvFrom() != null) {
            c.getEnvFrom().forEach(from -> {
                if (from.getConfigMapRef() != null) {
                    ConfigMap cm = StrictModel.parse(RenderedManifests.ofKind(docs, "ConfigMap").stream()
                            .filter(d -> RenderedManifests.name(d).equals(from.getConfigMapRef().getName()))
                            .findFirst().orElseThrow(), ConfigMap.class);
                    cm.getData().forEach((k, v) -> env.put(nullToEmpty(from.getPrefix()) + k, v));
                }
            });
        }
        if (c.getEnv() != null) {
            c.getEnv().forEach(e -> env.put(e.getName(), e.getValue() == null ? "(from " + e.getValueFrom() + ")"
                    : e.getValue()));
        }
        return env;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    static long bytes(Quantity q) {
        return Quantity.getAmountInBytes(q).setScale(0, java.math.RoundingMode.UP).longValueExact();
    }

    /** The maximum heap the JVM takes in the container, from -Xmx, -XX:MaxRAMPercentage or JAVA_MAX_MEM_RATIO. */
    static long maxHeap(Map<String, String> env, long memoryLimit) {
        String opts = String.join(" ", env.getOrDefault("JAVA_OPTS", ""), env.getOrDefault("JAVA_OPTS_APPEND", ""));
        Matcher xmx = Pattern.compile("-Xmx(\\d+)([kKmMgG]?)").matcher(opts);
        long heap = -1;
        while (xmx.find()) {
            long n = Long.parseLong(xmx.group(1));
            heap = switch (xmx.group(2).toLowerCase(Locale.ROOT)) {
                case "k" -> n << 10;
                case "m" -> n << 20;
                case "g" -> n << 30;
                default -> n;
            };
        }
        if (heap > 0) {
            return heap;
        }
        Matcher pct = Pattern.compile("-XX:MaxRAMPercentage=([0-9.]+)").matcher(opts);
        String percentage = null;
        while (pct.find()) {
            percentage = pct.group(1);
        }
        if (percentage == null) {
            // run-java.sh of the image turns JAVA_MAX_MEM_RATIO into -XX:MaxRAMPercentage; its default is 80.
            percentage = env.getOrDefault("JAVA_MAX_MEM_RATIO", "80");
        }
        return new BigDecimal(percentage).multiply(BigDecimal.valueOf(memoryLimit)).divide(BigDecimal.valueOf(100))
                .longValue();
    }

    /** Quarkus duration syntax: a number of seconds, a number with a unit (ms, S, M, H, D), or ISO-8601. */
    static Duration quarkusDuration(String value) {
        String v = value.trim();
        if (v.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(v));
        }
        if (v.toLowerCase(Locale.ROOT).endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
        }
        if (v.matches("\\d+[sSmMhH]")) {
            return Duration.parse("PT" + v.toUpperCase(Locale.ROOT));
        }
        if (v.matches("\\d+[dD]")) {
            return Duration.parse("P" + v.toUpperCase(Locale.ROOT));
        }
        return Duration.parse(v);
    }

    @Test
    void heapAndDurationArithmetic() {
        assertEquals(256L << 20, maxHeap(Map.of("JAVA_MAX_MEM_RATIO", "50"), 512L << 20));
        assertEquals(300L << 20, maxHeap(Map.of("JAVA_OPTS", "-Xmx300m"), 512L << 20));
        assertEquals(384L << 20, maxHeap(Map.of("JAVA_OPTS_APPEND", "-XX:MaxRAMPercentage=75.0"), 512L << 20));
        assertEquals((512L << 20) * 80 / 100, maxHeap(Map.of(), 512L << 20), "the image's default ratio is 80%");
        assertEquals(Duration.ofSeconds(20), quarkusDuration("20S"));
        assertEquals(Duration.ofSeconds(20), quarkusDuration("20"));
        assertEquals(Duration.ofMillis(500), quarkusDuration("500ms"));
        assertEquals(Duration.ofMinutes(1), quarkusDuration("PT1M"));
        assertEquals(512L << 20, bytes(new Quantity("512Mi")));
    }
}
