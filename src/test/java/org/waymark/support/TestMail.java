package org.waymark.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The real SMTP server the tests' Waymark sends to (GreenMail on 127.0.0.1, on a free port so that
 * several test runs can share a machine), started once per test JVM before any application context.
 */
public final class TestMail {

    private static GreenMail server;

    private TestMail() {
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            int port;
            try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
                port = probe.getLocalPort();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            System.setProperty("waymark.test.smtp-port", String.valueOf(port));
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** Waits up to 10 s for a message to this address whose subject contains the text; returns the latest body. */
    public static String awaitBody(String to, String subjectContains) {
        return awaitBody(to, subjectContains, 1);
    }

    /** How many such messages have arrived so far. */
    public static int count(String to, String subjectContains) {
        return matching(to, subjectContains).size();
    }

    /** Waits until at least {@code atLeast} such messages have arrived; returns the latest body. */
    public static String awaitBody(String to, String subjectContains, int atLeast) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> found = matching(to, subjectContains);
            if (found.size() >= atLeast) {
                try {
                    return String.valueOf(found.get(found.size() - 1).getContent());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No (further) mail to " + to + " with subject containing '" + subjectContains + "' within 10 s");
    }

    private static List<MimeMessage> matching(String to, String subjectContains) {
        return Arrays.stream(server().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(to))
                        && m.getSubject().contains(subjectContains);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }
}
