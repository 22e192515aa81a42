package org.clinic.handouts.model;

/** A numbered source on the sources page; {@code kind} says what it is ("Peer-reviewed review"). */
public record Source(int number, String title, String kind, int year, String url) {}
