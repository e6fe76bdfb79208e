package org.iom.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks of the CloudNativePG objects (no Java model exists for them here): apiVersion, kind, the required fields,
 * and unknown top-level spec fields as typos. Field names follow the CloudNativePG 1.25+ API
 * ({@code postgresql.cnpg.io/v1}) and the Barman Cloud plugin's ({@code barmancloud.cnpg.io/v1}).
 */
final class CloudNativePg {

    static final Set<String> CLUSTER_SPEC_FIELDS = Set.of(
            "affinity", "backup", "bootstrap", "certificates", "description", "enablePDB", "enableSuperuserAccess",
            "env", "envFrom", "ephemeralVolumeSource", "ephemeralVolumesSizeLimit", "externalClusters",
            "failoverDelay", "imageCatalogRef", "imageName", "imagePullPolicy", "imagePullSecrets",
            "inheritedMetadata", "instances", "livenessProbeTimeout", "logLevel", "managed", "maxSyncReplicas",
            "minSyncReplicas", "monitoring", "nodeMaintenanceWindow", "plugins", "podSecurityContext", "postgresGID",
            "postgresUID", "postgresql", "primaryUpdateMethod", "primaryUpdateStrategy", "priorityClassName",
            "probes", "projectedVolumeTemplate", "replica", "replicationSlots", "resources", "schedulerName",
            "seccompProfile", "securityContext", "serviceAccountTemplate", "smartShutdownTimeout", "startDelay",
            "stopDelay", "storage", "superuserSecret", "switchoverDelay", "tablespaces", "topologySpreadConstraints",
            "walStorage");
    static final Set<String> SYNCHRONOUS_FIELDS = Set.of(
            "method", "number", "maxStandbyNamesFromCluster", "standbyNamesPre", "standbyNamesPost",
            "dataDurability", "failoverQuorum");
    static final Set<String> SCHEDULED_BACKUP_SPEC_FIELDS = Set.of(
            "backupOwnerReference", "cluster", "immediate", "method", "online", "onlineConfiguration",
            "pluginConfiguration", "schedule", "suspend", "target");
    static final Set<String> OBJECT_STORE_SPEC_FIELDS = Set.of(
            "configuration", "instanceSidecarConfiguration", "retentionPolicy");

    private CloudNativePg() {}

    static boolean isCnpg(Map<String, Object> doc) {
        String apiVersion = RenderedManifests.apiVersion(doc);
        return apiVersion.startsWith("postgresql.cnpg.io/") || apiVersion.startsWith("barmancloud.cnpg.io/");
    }

    static void check(Map<String, Object> doc) {
        String kind = RenderedManifests.kind(doc);
        String apiVersion = RenderedManifests.apiVersion(doc);
        String what = apiVersion + "/" + kind + " " + RenderedManifests.name(doc);
        assertNotNull(path(doc, "metadata.name"), what + ": metadata.name");
        Map<String, Object> spec = map(doc, "spec", what);
        switch (apiVersion + "/" + kind) {
            case "postgresql.cnpg.io/v1/Cluster" -> {
                onlyKnown(spec, CLUSTER_SPEC_FIELDS, what + " spec");
                Object instances = spec.get("instances");
                assertTrue(instances instanceof Integer i && i >= 1, what + ": spec.instances is a number >= 1");
                Map<String, Object> storage = map(spec, "storage", what + " spec");
                assertTrue(storage.get("size") instanceof String s && s.matches("\\d+(Mi|Gi|Ti)"),
                        what + ": spec.storage.size is a quantity");
                assertNotNull(path(doc, "spec.bootstrap.initdb.database"), what + ": bootstrap.initdb.database");
                assertNotNull(path(doc, "spec.bootstrap.initdb.owner"), what + ": bootstrap.initdb.owner");
                Object sync = path(doc, "spec.postgresql.synchronous");
                if (sync != null) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> s = (Map<String, Object>) sync;
                    onlyKnown(s, SYNCHRONOUS_FIELDS, what + " spec.postgresql.synchronous");
                    assertTrue(Set.of("any", "first").contains(s.get("method")), what + ": synchronous.method");
                    assertTrue(s.get("number") instanceof Integer n && n >= 1 && n < (Integer) instances,
                            what + ": synchronous.number between 1 and instances - 1");
                }
            }
            case "postgresql.cnpg.io/v1/ScheduledBackup" -> {
                onlyKnown(spec, SCHEDULED_BACKUP_SPEC_FIELDS, what + " spec");
                assertNotNull(path(doc, "spec.cluster.name"), what + ": spec.cluster.name");
                Object schedule = spec.get("schedule");
                assertTrue(schedule instanceof String s && s.trim().split("\\s+").length == 6,
                        what + ": spec.schedule is a six-field cron expression (seconds first)");
                if ("plugin".equals(spec.get("method"))) {
                    assertNotNull(path(doc, "spec.pluginConfiguration.name"), what + ": pluginConfiguration.name");
                }
            }
            case "barmancloud.cnpg.io/v1/ObjectStore" -> {
                onlyKnown(spec, OBJECT_STORE_SPEC_FIELDS, what + " spec");
                assertNotNull(path(doc, "spec.configuration.destinationPath"), what + ": configuration.destinationPath");
                assertTrue(!referencedSecrets(doc).isEmpty(), what + ": credentials by reference to a Secret");
            }
            default -> fail("Unexpected CloudNativePG object " + what);
        }
    }

    static final Set<String> MANAGED_ROLE_FIELDS = Set.of(
            "name", "ensure", "comment", "login", "superuser", "createdb", "createrole", "inherit", "replication",
            "bypassrls", "connectionLimit", "validUntil", "inRoles", "passwordSecret", "disablePassword");

    /**
     * The Secret holding the password of the Cluster's managed role {@code role} (spec.managed.roles), checked: an
     * ordinary login role (no superuser, createdb, createrole, replication or bypassrls), present, fields known.
     */
    @SuppressWarnings("unchecked")
    static String managedRolePasswordSecret(Map<String, Object> cluster, String role) {
        Object roles = path(cluster, "spec.managed.roles");
        assertTrue(roles instanceof List<?>, "the Cluster declares spec.managed.roles");
        for (Object r : (List<Object>) roles) {
            Map<String, Object> m = (Map<String, Object>) r;
            if (role.equals(m.get("name"))) {
                onlyKnown(m, MANAGED_ROLE_FIELDS, "managed role " + role);
                assertEquals("present", m.get("ensure"), role + ": ensure");
                assertEquals(true, m.get("login"), role + ": login");
                for (String power : List.of("superuser", "createdb", "createrole", "replication", "bypassrls")) {
                    assertTrue(!Boolean.TRUE.equals(m.get(power)), role + " must not have " + power);
                }
                Object secret = path(m, "passwordSecret.name");
                assertNotNull(secret, role + ": passwordSecret.name");
                return (String) secret;
            }
        }
        throw new AssertionError("no managed role " + role + " in the Cluster");
    }

    /** Secret names referenced anywhere in the object ({name: x, key: y} pairs and *Secret/secretName fields). */
    static Set<String> referencedSecrets(Map<String, Object> doc) {
        if (!isCnpg(doc)) {
            return Set.of();
        }
        Set<String> out = new TreeSet<>();
        collectSecrets(doc, out);
        return out;
    }

    private static void collectSecrets(Object node, Set<String> out) {
        if (node instanceof Map<?, ?> m) {
            if (m.size() == 2 && m.containsKey("name") && m.containsKey("key")) {
                out.add(String.valueOf(m.get("name")));
            }
            m.values().forEach(v -> collectSecrets(v, out));
        } else if (node instanceof List<?> l) {
            l.forEach(v -> collectSecrets(v, out));
        }
    }

    private static void onlyKnown(Map<String, Object> map, Set<String> known, String where) {
        List<String> unknown = new ArrayList<>(map.keySet());
        unknown.removeAll(known);
        assertEquals(List.of(), unknown, where + " has fields CloudNativePG does not know");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key, String what) {
        Object value = parent.get(key);
        assertTrue(value instanceof Map, what + ": " + key + " is required");
        return (Map<String, Object>) value;
    }

    /** The value at a dotted path of nested maps, or null. */
    @SuppressWarnings("unchecked")
    static Object path(Map<String, Object> doc, String dotted) {
        Object node = doc;
        for (String part : dotted.split("\\.")) {
            if (!(node instanceof Map<?, ?> m)) {
                return null;
            }
            node = ((Map<String, Object>) m).get(part);
        }
        return node;
    }
}
