package ru.shibc.academy.platform.files;

/** A checked file: its name as uploaded, the type found in its content, its bytes and hash. */
public record StoredFile(String fileName, String contentType, byte[] data, String sha256) {}
