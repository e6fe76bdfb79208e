package org.iom.reliability;

/** One health probe ({@code what} is "ready" or "live"); status 0 with an error kind when it got no answer. */
record Probe(String what, long start, long end, int status, String error) {

    String tsv() {
        return what + "\t" + start + "\t" + end + "\t" + status + "\t" + (error == null ? "" : error) + "\n";
    }
}
