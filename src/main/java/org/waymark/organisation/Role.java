package org.waymark.organisation;

import java.util.Locale;

/** The roles of api.md; each belongs to one kind of organisation. */
public enum Role {
    LA_ADMIN("LA admin", OrganisationType.LOCAL_AUTHORITY),
    LA_OFFICER("LA AP officer", OrganisationType.LOCAL_AUTHORITY),
    QA_PROFESSIONAL("QA professional", OrganisationType.LOCAL_AUTHORITY),
    SCHOOL_COMMISSIONER("School commissioner", OrganisationType.SCHOOL),
    PROVIDER_STAFF("Provider staff", OrganisationType.PROVIDER),
    PARENT_COMMISSIONER("Parent or carer", OrganisationType.FAMILY),
    PARTNER("Partner (social care, Virtual School, SEN)", OrganisationType.LOCAL_AUTHORITY);

    private final String label;
    private final OrganisationType organisationType;

    Role(String label, OrganisationType organisationType) {
        this.label = label;
        this.organisationType = organisationType;
    }

    public String label() {
        return label;
    }

    public OrganisationType organisationType() {
        return organisationType;
    }

    /** LA admin and LA officer see everything about their LA's children. */
    public boolean isLaWide() {
        return this == LA_ADMIN || this == LA_OFFICER;
    }

    /** The demo token suffix: {@code LA_ADMIN} → {@code la-admin}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
