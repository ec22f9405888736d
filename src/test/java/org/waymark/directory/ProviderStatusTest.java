package org.waymark.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.organisation.Organisations;
import org.waymark.support.WaymarkTest;

@WaymarkTest
class ProviderStatusTest {

    @Autowired
    ProviderDirectory directory;

    @Autowired
    Organisations organisations;

    @Test
    void aNewProviderIsNotListedUntilApprovedAndTheChangeIsDated() {
        UUID la = organisations.findLocalAuthorityByCode("999").orElseThrow().id();
        UUID provider = organisations.createProviderOrganisation("Status Test Provider " + UUID.randomUUID(),
                "UNREGISTERED", la);
        assertThat(directory.isApproved(provider)).isFalse();
        assertThat(directory.statusSince(provider)).isEmpty();

        directory.changeStatus(provider, DirectoryStatus.APPROVED, LocalDate.of(2026, 9, 1), "Checks passed", null);
        directory.changeStatus(provider, DirectoryStatus.SUSPENDED, LocalDate.of(2026, 10, 5), "QA escalation", null);

        assertThat(directory.status(provider)).contains(DirectoryStatus.SUSPENDED);
        assertThat(directory.isApproved(provider)).isFalse();
        assertThat(directory.statusSince(provider)).contains(LocalDate.of(2026, 10, 5));
    }
}
