package org.clinic.handouts.model;

import java.util.List;

public record Question(String question, List<Paragraph> answer) {
    public Question { answer = List.copyOf(answer); }
}
