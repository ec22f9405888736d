package org.waymark.quality;

/** What a QA professional did on a visit (Manchester's protocol). */
public enum Activity {
    MEETINGS("Meetings with leaders and staff"), LEARNING_WALKS("Learning walks"), OBSERVATIONS("Observations"),
    STUDENT_VOICE("Student voice"), PAPERWORK_REVIEW("Paperwork review");

    private final String label;

    Activity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
