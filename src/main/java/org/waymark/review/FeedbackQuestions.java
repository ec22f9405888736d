package org.waymark.review;

import java.util.List;
import java.util.Map;

/** The end-of-placement feedback form: four statements answered on a five-point scale, and a free comment. */
public final class FeedbackQuestions {

    private FeedbackQuestions() {
    }

    public enum Respondent { PUPIL, PARENT }

    /** Field name, the pupil's wording, the parent's wording. */
    public record Question(String field, String pupil, String parent) {
        public String wordingFor(Respondent r) {
            return r == Respondent.PUPIL ? pupil : parent;
        }
    }

    public static final List<Question> QUESTIONS = List.of(
            new Question("feltSafe", "I felt safe there", "My child felt safe there"),
            new Question("helped", "It helped me with my learning", "It helped my child with their learning"),
            new Question("listenedTo", "The staff listened to me", "The staff listened to me and kept me informed"),
            new Question("readyForNext", "I feel ready for what I do next", "My child is ready for what they do next"));

    /** The answer scale, highest first. */
    public static final Map<Integer, String> SCALE = Map.of(5, "Strongly agree", 4, "Agree",
            3, "Neither agree nor disagree", 2, "Disagree", 1, "Strongly disagree");

    public static final List<Integer> SCALE_ORDER = List.of(5, 4, 3, 2, 1);
}
