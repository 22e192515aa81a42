package org.clinic.handouts.model;

import java.util.List;

/** The clinic that publishes the handouts: it signs the PDF and EPUB and supplies the default disclaimer. */
public record Clinic(String name, String website, List<Paragraph> disclaimer) {
    public Clinic { disclaimer = List.copyOf(disclaimer); }
}
