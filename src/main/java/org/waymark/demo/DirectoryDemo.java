package org.waymark.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.waymark.directory.Applications;
import org.waymark.directory.DeskTopReviews;
import org.waymark.directory.Documents;
import org.waymark.directory.Providers;
import org.waymark.organisation.SignedInUser;

/**
 * The directory's part of the demo: Eastmoor's framework (Manchester's ten lots), providers 0–10 approved after
 * an application and six dated checks, Pathways Mentoring and Coaching under check, Westbrook Independent School
 * not listed with a desk-top review requested; realistic offers, safeguarding leads, insurances and policies
 * (two expiring within 30 days, one expired), and the reminders that go out for them.
 */
@Component
class DirectoryDemo implements DemoStory {

    private final Providers providers;
    private final Applications applications;
    private final Documents documents;
    private final DeskTopReviews reviews;
    private final Clock clock;

    DirectoryDemo(Providers providers, Applications applications, Documents documents, DeskTopReviews reviews,
            Clock clock) {
        this.providers = providers;
        this.applications = applications;
        this.documents = documents;
        this.reviews = reviews;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 100;
    }

    // name-independent facts per provider index: lots, ages, needs, days, times, capacity, area, postcode, cost,
    // urn, ukprn, subjects, qualifications, description, DSL, deputy
    private static final String[][] OFFERS = {
            {"3,8", "13", "16", "SEMH,ASD,MLD", "MONDAY,TUESDAY,WEDNESDAY,THURSDAY", "09:30 to 14:30", "16", "Eastmoor North", "EM4 2RT", "72.50", "", "10087412",
                    "Motor vehicle maintenance, English and maths in context, employability", "NOCN Level 1 Award in Vehicle Maintenance; Functional Skills English and maths Entry 3 to Level 1",
                    "Hands-on motor vehicle workshop for young people at risk of exclusion; small groups of four with a mentor.", "Kev Brennan", "Lisa Doyle", "Unit 4, Moorside Industrial Estate, Eastmoor"},
            {"1", "11", "16", "SEMH,ASD,SLCN,SPLD", "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY", "08:50 to 15:10", "48", "City Centre", "EM1 3QA", "145.00", "149876", "10054321",
                    "Full curriculum: English, maths, science, humanities, PE, art, PSHE and RSE", "GCSEs in English, maths, combined science, art; BTEC Level 1/2 in sport",
                    "Registered independent school for pupils who cannot attend mainstream school full time; Ofsted Good.", "Helen Price", "Marcus Bell", "2 Foundry Street, Eastmoor"},
            {"5", "14", "16", "SEMH,MLD", "TUESDAY,WEDNESDAY,THURSDAY", "09:00 to 14:00", "12", "Riverside", "EM7 1LN", "68.00", "", "10091234",
                    "Brickwork, carpentry, plastering, health and safety on site", "CITB Level 1 Award in Construction Skills; CSCS green card preparation",
                    "Construction skills workshop by the canal, with work placements for Year 11.", "Dev Patel", "Rachel Green", "Canal Wharf, Lock Lane, Eastmoor"},
            {"6", "13", "16", "SEMH,ASD", "MONDAY,WEDNESDAY,FRIDAY", "10:00 to 15:00", "14", "City Centre", "EM1 5HB", "70.00", "", "10076543",
                    "Film, photography, music production, digital design", "Arts Award Bronze and Silver; NCFE Level 1 Creative Craft",
                    "Creative media studio; pupils make films and music and build a portfolio.", "Amira Khan", "Tom Reilly", "The Old Print Works, 18 Mill Street, Eastmoor"},
            {"2,3", "11", "16", "SEMH,MLD,ADHD", "MONDAY,TUESDAY,THURSDAY,FRIDAY", "09:30 to 14:30", "20", "Eastmoor South", "EM9 4DF", "65.00", "", "10065432",
                    "Sport science, coaching, fitness, nutrition, personal development", "Sports Leaders Level 1; FA Playmaker; First Aid",
                    "Sports academy using coaching and fitness to re-engage young people.", "Jordan Ellis", "Sophie Turner", "Fresh Start Arena, Park Road, Eastmoor"},
            {"4", "14", "16", "SEMH,MLD", "TUESDAY,WEDNESDAY", "09:30 to 14:30", "10", "Castlegate", "EM5 6JP", "67.50", "", "10043219",
                    "Hairdressing, barbering, beauty therapy, customer service", "VTCT Level 1 Certificate in Hair and Beauty",
                    "Working salon training with real clients, for pupils aged 14 to 16.", "Chloe Martin", "Nadia Hussain", "14 Castle Street, Castlegate, Eastmoor"},
            {"7", "11", "16", "SEMH,ASD,SLCN", "MONDAY,THURSDAY", "09:30 to 14:00", "12", "Eastmoor North", "EM4 8WQ", "75.00", "", "10098765",
                    "Animal care, land-based studies, horticulture", "City & Guilds Level 1 Award in Animal Care; Duke of Edinburgh Bronze",
                    "Care farm with small animals, horses and a market garden; calm setting for anxious pupils.", "Peter Walsh", "Emma Stone", "Green Acres Farm, Moor Road, Eastmoor"},
            {"9", "7", "18", "SEMH,ASD,SPLD,PD", "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY", "Sessions of 1 hour, 09:00 to 16:00", "60", "Online", "EM2 9ZZ", "42.00", "", "10034567",
                    "English, maths, science and GCSE revision, one-to-one", "Supports GCSE and Functional Skills entries through the pupil's school",
                    "Live one-to-one online tutoring with qualified teachers; recorded sessions kept for safeguarding.", "Anna Kowalski", "James Reid", "Suite 3, Enterprise House, Eastmoor"},
            {"", "11", "16", "SEMH,MLD,SLCN", "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY", "09:00 to 15:00", "64", "Eastmoor South", "EM9 2AB", "", "135790", "",
                    "Full curriculum at Key Stages 3 and 4", "GCSEs and Functional Skills", "The local authority's pupil referral unit for permanently excluded pupils and short-term places.",
                    "Sarah Clarke", "Ben Okoro", "Hollins Road, Eastmoor"},
            {"", "11", "16", "SEMH,ASD", "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY", "08:45 to 15:00", "90", "Riverside", "EM7 3PX", "", "147258", "10023456",
                    "Full curriculum, vocational options at Key Stage 4", "GCSEs; BTEC Level 1/2 in construction and sport",
                    "Alternative provision academy taking commissioned places from schools and the local authority.", "Mark Lewis", "Hannah Fox", "Phoenix Way, Riverside, Eastmoor"},
            {"", "5", "18", "OTH,PD,SEMH", "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY", "09:30 to 14:30", "30", "City Centre", "EM1 7RS", "", "136912", "",
                    "Core subjects while pupils are in hospital or too ill to attend school", "GCSE entries through the home school",
                    "Hospital school teaching pupils on the children's wards and at home.", "Julia Grant", "Omar Aziz", "Eastmoor Royal Infirmary, Infirmary Road, Eastmoor"},
            {"10", "11", "18", "SEMH,ASD", "MONDAY,WEDNESDAY,FRIDAY", "Sessions of 2 hours, 10:00 to 16:00", "15", "Castlegate", "EM5 2LT", "55.00", "", "10012345",
                    "Mentoring, coaching, careers guidance, emotional literacy", "None", "One-to-one mentoring and coaching in the community.",
                    "Gary Nolan", "Priya Desai", "21 Market Place, Castlegate, Eastmoor"},
            {"", "11", "16", "SEMH", "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY", "09:00 to 15:00", "35", "Out of area", "WB2 4QS", "160.00", "148321", "",
                    "Full curriculum", "GCSEs", "Independent school in a neighbouring authority, not on Eastmoor's directory.", "", "", "Westbrook Hall, Westbrook"},
    };

    @Override
    public void load(DemoFoundation f) {
        LocalDate today = LocalDate.now(clock);
        SignedInUser officer = f.user("demo-la-officer");
        SignedInUser admin = f.user("demo-la-admin");
        List<UUID> ids = f.providerIds();
        for (int i = 0; i < ids.size(); i++) {
            offer(officer, ids.get(i), i, today);
        }
        for (int i = 0; i <= 10; i++) {
            UUID id = ids.get(i);
            LocalDate applied = today.minusMonths(14 + i).withDayOfMonth(3 + i);
            UUID app = applications.submit(id, f.localAuthorityId(), applied,
                    "Application to join Eastmoor's directory of alternative provision.", officer.id());
            int day = 7;
            for (Applications.CheckType t : Applications.CheckType.values()) {
                applications.record(applications.find(app).orElseThrow(), t, applied.plusDays(day), Applications.Outcome.MET,
                        evidence(t, i), officer.id());
                day += 3;
            }
            Applications.Application a = applications.find(app).orElseThrow();
            applications.decide(a, a.version(), true, applied.plusDays(day + 4),
                    "All six checks met; approved by the AP lead", admin.id(), false);
            documentsFor(id, i, today);
        }
        // Pathways: applied three weeks ago, three of six checks done
        UUID pathways = ids.get(11);
        LocalDate applied = today.minusDays(21);
        UUID app = applications.submit(pathways, f.localAuthorityId(), applied,
                "We offer one-to-one mentoring and coaching for young people aged 11 to 18 and apply for lot 10.",
                officer.id());
        Applications.CheckType[] done = {Applications.CheckType.SAFEGUARDING, Applications.CheckType.INSURANCES,
                Applications.CheckType.POLICIES};
        for (int k = 0; k < done.length; k++) {
            applications.record(applications.find(app).orElseThrow(), done[k], applied.plusDays(5 + 4 * k),
                    Applications.Outcome.MET, evidence(done[k], 11), officer.id());
        }
        documentsFor(pathways, 11, today);
        // Westbrook: a commissioner needs it for one pupil; the AP lead has not reviewed it yet
        reviews.request(f.user("demo-school-commissioner"), ids.get(12), null, null,
                "A Year 10 pupil with an EHCP (SEMH) has been offered a place; no listed full-time provider has space "
                        + "this term and the family has moved near Westbrook.");
        documents.sendReminders();
    }

    private void offer(SignedInUser officer, UUID id, int i, LocalDate today) {
        String[] o = OFFERS[i];
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("lots", o[0]);
        raw.put("ageFrom", o[1]);
        raw.put("ageTo", o[2]);
        raw.put("needs", o[3].replace(",ADHD", ""));
        raw.put("days", o[4]);
        raw.put("sessionTimes", o[5]);
        raw.put("capacity", o[6]);
        raw.put("area", o[7]);
        raw.put("postcode", o[8]);
        raw.put("costPerSession", o[9]);
        raw.put("urn", o[10]);
        raw.put("ukprn", o[11]);
        raw.put("subjects", o[12]);
        raw.put("qualifications", o[13]);
        raw.put("description", o[14]);
        raw.put("dslName", o[15]);
        raw.put("deputyDslName", o[16]);
        raw.put("address", o[17]);
        raw.put("contactEmail", o[15].isEmpty() ? "" : "office@provider" + i + ".eastmoor.example");
        raw.put("contactPhone", "01632 96" + String.format("%04d", 1000 + i * 37));
        if (!o[15].isEmpty()) {
            raw.put("dslTrainedOn", today.minusMonths(3 + (i * 5) % 20).withDayOfMonth(10).toString());
            raw.put("deputyDslTrainedOn", today.minusMonths(6 + (i * 7) % 17).withDayOfMonth(18).toString());
        }
        providers.edit(officer, id, providers.find(id).orElseThrow().version(), raw);
    }

    private void documentsFor(UUID id, int i, LocalDate today) {
        LocalDate renewal = today.plusMonths(2 + i % 9).withDayOfMonth(1).minusDays(1);
        documents.record(id, Documents.Kind.INSURANCE, "Employer's liability insurance", "EL-" + (40210 + i), renewal);
        // Moorside's public liability insurance and Fresh Start's safeguarding policy expire within 30 days
        documents.record(id, Documents.Kind.INSURANCE, "Public liability insurance", "PL-" + (70110 + i),
                i == 0 ? today.plusDays(12) : renewal.plusMonths(1));
        documents.record(id, Documents.Kind.POLICY, "Safeguarding and child protection policy", "Reviewed annually",
                i == 4 ? today.plusDays(20) : today.plusMonths(4 + i % 7));
        // Hair and Beauty Works' health and safety policy is past its review date
        documents.record(id, Documents.Kind.POLICY, "Health and safety policy", "Reviewed annually",
                i == 5 ? today.minusDays(6) : today.plusMonths(6 + i % 5));
    }

    private static String evidence(Applications.CheckType t, int i) {
        return switch (t) {
            case HEALTH_AND_SAFETY -> "Site visit: risk assessments for every activity seen, fire drill log up to date, first aiders named.";
            case SAFEGUARDING -> "Safeguarding policy seen (KCSIE 2025); DSL and deputy training certificates seen; referral log reviewed.";
            case STAFFING_AND_VETTING -> "Single central record checked: enhanced DBS with barred list for all " + (4 + i % 5) + " staff, references on file.";
            case TRAINING_AND_SUPERVISION -> "Training matrix seen; monthly supervision records for staff working with pupils.";
            case POLICIES -> "Behaviour, attendance, complaints, SEND and data protection policies seen and dated within a year.";
            case INSURANCES -> "Employer's liability (£10m) and public liability (£5m) certificates seen with expiry dates.";
        };
    }
}
