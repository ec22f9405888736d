package org.waymark.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The real SMTP server the tests' Waymark sends to (GreenMail on 127.0.0.1:3025), started once per
 * test JVM before any application context.
 */
public final class TestMail {

    private static GreenMail server;

    private TestMail() {
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** Waits up to 10 s for a message to this address whose subject contains the text; returns its body. */
    public static String awaitBody(String to, String subjectContains) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> found = Arrays.stream(server().getReceivedMessages()).filter(m -> {
                try {
                    return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(to))
                            && m.getSubject().contains(subjectContains);
                } catch (Exception e) {
                    return false;
                }
            }).toList();
            if (!found.isEmpty()) {
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
        throw new AssertionError("No mail to " + to + " with subject containing '" + subjectContains + "' within 10 s");
    }
}
