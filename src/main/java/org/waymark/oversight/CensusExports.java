package org.waymark.oversight;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.waymark.audit.AuditTrail;
import org.waymark.commissioning.CommissionerType;
import org.waymark.commissioning.PlacementSummary;
import org.waymark.commissioning.Placements;
import org.waymark.directory.ProviderDirectory;
import org.waymark.directory.ProviderSummary;
import org.waymark.directory.Registration;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Role;
import org.waymark.organisation.School;
import org.waymark.organisation.SignedInUser;
import org.waymark.pupil.Pupil;
import org.waymark.pupil.Pupils;
import org.waymark.pupil.SenStatus;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.web.CsvDownload;

/**
 * The census exports (ADR 0710): the school census module "AP placements arranged by schools" and the LA's AP
 * census extract, one row per placement, each with exactly one of URN, UKPRN or setting type
 * ({@link CensusSetting}). Rows are written as the placements are read, a batch at a time.
 */
@Service
public class CensusExports {

    public static final String[] SCHOOL_CENSUS_HEADERS = {"school_urn", "upn", "urn", "ukprn", "setting_type",
            "start_date", "end_date", "reason", "placement_id"};

    public static final String[] AP_CENSUS_HEADERS = {"upn", "temporary_upn", "surname", "forename",
            "preferred_forename", "date_of_birth", "sex", "sen_provision", "primary_need", "urn", "ukprn",
            "setting_type", "reason", "start_date", "end_date", "placement_id"};

    /** The framework lot every LA's framework numbers 9: one-to-one tutoring (V13). */
    static final int ONE_TO_ONE_LOT = 9;

    /** State-funded settings make their own school census return; the LA's AP census leaves them out. */
    static final Set<Registration> STATE_SETTINGS = Set.of(Registration.PUPIL_REFERRAL_UNIT,
            Registration.AP_ACADEMY_OR_FREE_SCHOOL, Registration.HOSPITAL_SCHOOL);

    private final Placements placements;
    private final Pupils pupils;
    private final ProviderDirectory directory;
    private final Organisations organisations;
    private final AuditTrail audit;

    CensusExports(Placements placements, Pupils pupils, ProviderDirectory directory, Organisations organisations,
            AuditTrail audit) {
        this.placements = placements;
        this.pupils = pupils;
        this.directory = directory;
        this.organisations = organisations;
        this.audit = audit;
    }

    /** School commissioners (their own placements) and LA officers (their LA's children); others 403. */
    public static void requireSchoolCensus(SignedInUser user) {
        if (!user.is(Role.SCHOOL_COMMISSIONER) && !user.isLaWide()) {
            throw new ForbiddenException("The school census export is for schools' commissioners and LA officers");
        }
    }

    public static void requireApCensus(SignedInUser user) {
        if (!user.isLaWide()) {
            throw new ForbiddenException("The AP census extract is for the LA's AP officers");
        }
    }

    /** The placements a school arranged that were open between {@code from} and {@code to}. */
    public void schoolCensus(SignedInUser user, LocalDate from, LocalDate to, CsvDownload csv) {
        requireSchoolCensus(user);
        Map<UUID, ProviderSummary> providers = new HashMap<>();
        Map<UUID, String> schoolUrns = new HashMap<>();
        Map<UUID, String> upns = new HashMap<>();
        placements.eachOpenBetween(user, CommissionerType.SCHOOL, from, to, batch -> {
            remember(providers, batch);
            pupils.find(batch.stream().map(PlacementSummary::pupilId).distinct().toList())
                    .forEach((id, p) -> upns.put(id, p.upn()));
            for (PlacementSummary p : batch) {
                CensusSetting setting = settingOf(providers.get(p.providerId()));
                String school = schoolUrns.computeIfAbsent(p.commissioner().id(),
                        id -> organisations.findSchool(id).map(School::urn).orElse(""));
                csv.row(school, upns.getOrDefault(p.pupilId(), ""), setting.urn(), setting.ukprn(),
                        setting.settingType(), p.startDate(), p.endedOn(), p.route().label(), p.id().toString());
            }
            upns.clear();
            auditBatch(user, batch, "school census CSV");
        });
    }

    /**
     * The LA's AP census: its children in LA-arranged placements open on {@code censusDay}, in settings that are not
     * state-funded schools.
     */
    public void apCensus(SignedInUser user, LocalDate censusDay, CsvDownload csv) {
        requireApCensus(user);
        Map<UUID, ProviderSummary> providers = new HashMap<>();
        placements.eachOpenBetween(user, CommissionerType.LOCAL_AUTHORITY, censusDay, censusDay, batch -> {
            remember(providers, batch);
            Map<UUID, Pupil> byId = pupils.find(batch.stream().map(PlacementSummary::pupilId).distinct().toList());
            List<PlacementSummary> included = batch.stream().filter(p -> {
                ProviderSummary s = providers.get(p.providerId());
                return s == null || !STATE_SETTINGS.contains(s.registration());
            }).toList();
            for (PlacementSummary p : included) {
                Pupil pupil = byId.get(p.pupilId());
                CensusSetting setting = settingOf(providers.get(p.providerId()));
                csv.row(pupil == null ? "" : pupil.upn(), pupil != null && pupil.temporaryUpn() ? "Y" : "N",
                        pupil == null ? "" : pupil.lastName(), pupil == null ? "" : pupil.firstName(),
                        pupil == null ? "" : pupil.preferredName(), pupil == null ? null : pupil.dateOfBirth(), "",
                        pupil == null ? "" : senProvision(pupil.senStatus()),
                        pupil == null || pupil.primaryNeed() == null ? "" : pupil.primaryNeed().name(),
                        setting.urn(), setting.ukprn(), setting.settingType(), p.route().label(), p.startDate(),
                        p.endedOn(), p.id().toString());
            }
            auditBatch(user, included, "AP census CSV");
        });
    }

    /** The census SEN provision code (dfe-reference §4.1). */
    static String senProvision(SenStatus status) {
        return switch (status) {
            case EHCP -> "E";
            case SEN_SUPPORT -> "K";
            case NONE -> "N";
        };
    }

    static CensusSetting settingOf(ProviderSummary provider) {
        if (provider == null) {
            return CensusSetting.of(null, null, false);
        }
        boolean tuitionOnly = provider.lots() != null && provider.lots().equals(List.of(ONE_TO_ONE_LOT));
        return CensusSetting.of(provider.urn(), provider.ukprn(), tuitionOnly);
    }

    private void remember(Map<UUID, ProviderSummary> providers, List<PlacementSummary> batch) {
        List<UUID> unknown = batch.stream().map(PlacementSummary::providerId).distinct()
                .filter(id -> !providers.containsKey(id)).toList();
        providers.putAll(directory.summaries(unknown));
    }

    private void auditBatch(SignedInUser user, List<PlacementSummary> batch, String detail) {
        audit.recordAll(user, AuditTrail.Action.EXPORTED, "PLACEMENT", batch.stream()
                .map(p -> new AuditTrail.Subject(p.id(), p.pupilId(), p.localAuthorityId())).toList(), detail);
    }
}
