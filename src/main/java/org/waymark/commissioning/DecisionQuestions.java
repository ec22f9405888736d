package org.waymark.commissioning;

import java.util.List;

/** The questions of the commissioning decision: MIAPS section 10 (nineteen) and the primary questions of section 9. */
public final class DecisionQuestions {

    private DecisionQuestions() {
    }

    /** Question n (1–19) is {@code MIAPS.get(n - 1)}. */
    public static final List<String> MIAPS = List.of(
            "What are the needs of the child?",
            "How have the child and family been consulted in the placement decision? How is communication with home maintained?",
            "What provision does the AP offer that is different to the offer in school?",
            "How is the commissioning decision strengths-based?",
            "How was the AP identified or sourced?",
            "Why is the provision in this AP suitable for and in the best interests of the child?",
            "What targeted work is needed to support the child?",
            "How does the provision support re-engagement in learning as well as part of their holistic offer?",
            "How is the commissioning school's due diligence completed? Where is this recorded?",
            "What are the arrangements for safeguarding and attendance procedures? How are concerns raised?",
            "What are the agreed outcomes of the placement?",
            "What do entry arrangements look like?",
            "How is the placement reviewed? How frequently? What is the format? How is this recorded?",
            "Who has responsibility for the day-to-day oversight of the placement?",
            "How is curriculum continuity assured?",
            "Is SEND assessment ongoing? How?",
            "Is there ongoing access to multi-agency support?",
            "How are outcomes measured?",
            "What are the reintegration or post-16 plans? What does the mainstream connectivity look like?");

    /** MIAPS section 9: what a primary school considers as well (rule 12). */
    public static final List<String> PRIMARY = List.of(
            "The graduated approach before AP: how have the school's inclusive culture, approaches and strategies supported need? Has specialist SEND and outreach advice reached all staff, with time to implement, review and adjust?",
            "What are any physical behaviours communicating? Has underlying need been identified and robustly assessed? Is SEMH the primary need?",
            "Is the proposed provider skilled in managing the complex behaviour of younger children, with a stage-appropriate, ambitious, broad and balanced curriculum?",
            "Are parents engaged and consulted? Have outreach or other agencies supported conversations with parents?",
            "What is the commissioning intent, and what are the review, assessment and attendance arrangements?");

    /** The pages of the decision journey's questions: question numbers (1-based) on each. */
    public static final List<List<Integer>> PAGES = List.of(
            List.of(1, 2, 3, 4, 5),
            List.of(6, 7, 8, 9, 10),
            List.of(11, 12, 13, 14, 15),
            List.of(16, 17, 18, 19));
}
