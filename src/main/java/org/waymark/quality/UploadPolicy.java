package org.waymark.quality;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which uploaded files Waymark keeps (ADR 0602): PDF, DOCX, ODT, PNG and JPEG, up to 5 MB, recognised by their
 * extension and their first bytes (so a renamed executable is refused). Answers the content type to store, or the
 * reason for refusal in the words a user reads.
 */
public final class UploadPolicy {

    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "odt", "application/vnd.oasis.opendocument.text",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg");

    public sealed interface Verdict permits Accepted, Refused {
    }

    public record Accepted(String contentType) implements Verdict {
    }

    public record Refused(String reason) implements Verdict {
    }

    private UploadPolicy() {
    }

    public static Verdict check(String fileName, long size, byte[] head) {
        if (fileName == null || fileName.isBlank() || size == 0) {
            return new Refused("Select a file to upload");
        }
        if (size > MAX_BYTES) {
            return new Refused("The selected file must be smaller than 5 MB");
        }
        String ext = extension(fileName).orElse("");
        String type = TYPES.get(ext);
        if (type == null || !signatureMatches(ext, head)) {
            return new Refused("The selected file must be a PDF, DOCX, ODT, PNG or JPEG");
        }
        return new Accepted(type);
    }

    /** A file name safe to send back in a Content-Disposition header: letters, digits, dot, dash, underscore. */
    public static String safeName(String fileName) {
        String base = fileName == null ? "document" : fileName.replaceAll("^.*[\\\\/]", "");
        String safe = base.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() || safe.startsWith(".") ? "document" + safe : safe.substring(0, Math.min(safe.length(), 150));
    }

    static Optional<String> extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean signatureMatches(String ext, byte[] head) {
        if (head == null) {
            return false;
        }
        return switch (ext) {
            case "pdf" -> startsWith(head, '%', 'P', 'D', 'F', '-');
            case "docx", "odt" -> startsWith(head, 'P', 'K', 3, 4);
            case "png" -> startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
            case "jpg", "jpeg" -> startsWith(head, 0xFF, 0xD8, 0xFF);
            default -> false;
        };
    }

    private static boolean startsWith(byte[] head, int... signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
