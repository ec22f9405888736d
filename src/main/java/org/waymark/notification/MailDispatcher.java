package org.waymark.notification;

import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.waymark.shared.WaymarkSettings;

/**
 * Sends due outbox mail through SMTP every few seconds; one instance at a time (ShedLock). With no
 * SMTP host configured (demo), mail is held in the local outbox page instead.
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final Outbox outbox;
    private final JavaMailSender sender;
    private final WaymarkSettings settings;
    private final boolean smtpConfigured;

    MailDispatcher(Outbox outbox, WaymarkSettings settings, @Value("${spring.mail.host:}") String host,
            @Value("${spring.mail.port:25}") int port, @Value("${spring.mail.username:}") String username,
            @Value("${spring.mail.password:}") String password,
            @Value("${spring.mail.properties.mail.smtp.auth:false}") String auth,
            @Value("${spring.mail.properties.mail.smtp.starttls.enable:false}") String starttls) {
        this.outbox = outbox;
        this.settings = settings;
        this.smtpConfigured = host != null && !host.isBlank();
        JavaMailSenderImpl impl = new JavaMailSenderImpl();
        if (smtpConfigured) {
            impl.setHost(host);
            impl.setPort(port);
            if (!username.isBlank()) {
                impl.setUsername(username);
                impl.setPassword(password);
            }
            impl.getJavaMailProperties().put("mail.smtp.auth", auth);
            impl.getJavaMailProperties().put("mail.smtp.starttls.enable", starttls);
            impl.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
            impl.getJavaMailProperties().put("mail.smtp.timeout", "10000");
        }
        this.sender = impl;
    }

    @Scheduled(fixedDelayString = "${waymark.mail-interval:PT5S}", initialDelayString = "PT2S")
    @SchedulerLock(name = "mail-dispatcher", lockAtMostFor = "PT2M")
    void dispatch() {
        sendDue();
    }

    /** Sends what is due now; returns how many were handled. */
    int sendDue() {
        var due = outbox.due(50);
        for (Outbox.Mail mail : due) {
            if (!smtpConfigured) {
                outbox.markSent(mail.id(), Outbox.HELD_LOCALLY);
                continue;
            }
            try {
                MimeMessage message = sender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
                helper.setFrom(settings.mailFrom());
                helper.setTo(mail.toAddress());
                helper.setSubject(mail.subject());
                helper.setText(mail.body(), false);
                sender.send(message);
                outbox.markSent(mail.id(), Outbox.SENT);
            } catch (Exception e) {
                // the message of a mail error can echo the recipient, so log only its kind
                log.warn("Mail {} not sent ({}); it will be retried", mail.id(), e.getClass().getSimpleName());
                outbox.markFailed(mail, e.getClass().getSimpleName());
            }
        }
        return due.size();
    }
}
