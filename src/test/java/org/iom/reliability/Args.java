package org.iom.reliability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The driver's command line: positional words and {@code --name value} options ({@code --flag} alone is "true"). */
final class Args {
    final List<String> positional = new ArrayList<>();
    final Map<String, String> named = new LinkedHashMap<>();

    Args(String[] argv) {
        for (int i = 0; i < argv.length; i++) {
            if (argv[i].startsWith("--")) {
                String k = argv[i].substring(2);
                if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) {
                    named.put(k, argv[++i]);
                } else {
                    named.put(k, "true");
                }
            } else {
                positional.add(argv[i]);
            }
        }
    }

    boolean has(String k) {
        return named.containsKey(k);
    }

    boolean flag(String k) {
        return "true".equals(named.get(k));
    }

    String s(String k, String d) {
        return named.getOrDefault(k, d);
    }

    String req(String k) {
        String v = named.get(k);
        if (v == null) {
            throw new IllegalArgumentException("missing --" + k);
        }
        return v;
    }

    int i(String k, int d) {
        return has(k) ? Integer.parseInt(named.get(k)) : d;
    }

    long l(String k, long d) {
        return has(k) ? Long.parseLong(named.get(k)) : d;
    }

    double d(String k, double d) {
        return has(k) ? Double.parseDouble(named.get(k)) : d;
    }
}
