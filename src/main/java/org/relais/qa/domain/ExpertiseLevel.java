package org.relais.qa.domain;

/** Named steps of expertise in a tag, shown beside a member's name. */
public enum ExpertiseLevel {
    NONE(0),
    CONFIRME(100),
    REFERENT(400),
    EXPERT(1000);

    private final int minimum;

    ExpertiseLevel(int minimum) {
        this.minimum = minimum;
    }

    public int minimum() {
        return minimum;
    }

    public static ExpertiseLevel of(double score) {
        ExpertiseLevel level = NONE;
        for (ExpertiseLevel candidate : values()) {
            if (score >= candidate.minimum) {
                level = candidate;
            }
        }
        return level;
    }
}
