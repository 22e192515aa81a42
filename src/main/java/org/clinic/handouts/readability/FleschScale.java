package org.clinic.handouts.readability;

/**
 * Flesch's table from Reading Ease to school grade (Flesch, 1949, The Art of Readable Writing): 90–100 grade 5,
 * 80–90 grade 6, 70–80 grade 7, 60–70 grades 8–9, 50–60 grades 10–12, 30–50 college, 0–30 college graduate.
 * Each band's lower edge is its highest grade, interpolated between, so a score gives one grade, not a band.
 */
final class FleschScale {
    private static final double[] EASE = {100, 90, 80, 70, 60, 50, 30, 0};
    private static final double[] GRADE = {4, 5, 6, 7, 9, 12, 16, 18};

    private FleschScale() {}

    static double grade(double ease) {
        if (ease >= EASE[0]) {
            return GRADE[0];
        }
        for (int i = 1; i < EASE.length; i++) {
            if (ease >= EASE[i]) {
                double t = (EASE[i - 1] - ease) / (EASE[i - 1] - EASE[i]);
                return GRADE[i - 1] + t * (GRADE[i] - GRADE[i - 1]);
            }
        }
        return GRADE[GRADE.length - 1];
    }
}
