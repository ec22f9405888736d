package org.waymark.compliance.engine;

import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.waymark.compliance.FlagRecord;
import org.waymark.compliance.FlagWords;
import org.waymark.compliance.OwnerType;
import org.waymark.compliance.Severity;
import org.waymark.organisation.Role;
import org.waymark.organisation.UserAccount;
import org.waymark.organisation.Users;
import org.waymark.shared.MailMessage;
import org.waymark.shared.NoticeForUser;
import org.waymark.shared.WaymarkSettings;

/**
 * Tells the owner of a newly opened flag: an in-app notice to each active user of the organisation that must
 * act, and an e-mail too when the flag is critical. Evidence names ids and dates only, never a child.
 */
@Component
public class FlagNotices {

    private final Users users;
    private final ApplicationEventPublisher events;
    private final WaymarkSettings settings;

    FlagNotices(Users users, ApplicationEventPublisher events, WaymarkSettings settings) {
        this.users = users;
        this.events = events;
        this.settings = settings;
    }

    public void announce(UUID localAuthorityId, List<FlagRecord> opened) {
        for (FlagRecord flag : opened) {
            String title = FlagWords.title(flag.code());
            String link = "/flags/" + flag.id();
            String body = FlagWords.of(flag.code()).action();
            for (UserAccount user : owners(flag)) {
                events.publishEvent(new NoticeForUser(user.id(), title, body, link));
                if (flag.severity() == Severity.CRITICAL) {
                    events.publishEvent(new MailMessage(user.email(), "Waymark: critical flag – " + title,
                            "A critical flag was raised in Waymark: " + title + ".\n\n" + body + "\n\n"
                                    + "See the evidence and act: " + settings.baseUrl() + link + "\n"));
                }
            }
        }
    }

    private List<UserAccount> owners(FlagRecord flag) {
        if (flag.owner().type() == OwnerType.LOCAL_AUTHORITY) {
            return users.activeUsersOf(flag.owner().id(), Role.LA_ADMIN, Role.LA_OFFICER);
        }
        return users.activeUsersOf(flag.owner().id(), Role.values());
    }
}
