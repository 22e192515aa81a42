package org.clinic.handouts.model;

import java.time.LocalDate;

/**
 * A numbered source on the sources page; {@code kind} says what it is ("Peer-reviewed review"). {@code year} is null
 * for an undated source (a web page), which may give the date it was {@code accessed} instead (also null if not).
 */
public record Source(int number, String title, String kind, Integer year, LocalDate accessed, String url) {}
