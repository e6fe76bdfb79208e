package org.iom.inspection;

/** Priority flag (as the US GAO flags priority recommendations). */
public enum Priority {
    HIGH, MEDIUM, LOW
}
