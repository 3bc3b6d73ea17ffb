package org.chronoscope.model;

public enum Severity {
    WARNING, ERROR
}
