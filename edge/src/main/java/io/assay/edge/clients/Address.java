package io.assay.edge.clients;

/** A postal address as the client gave it; {@code kind} is home, work, delivery or billing. */
public record Address(String kind, String line1, String line2, String city, String region, String postalCode, String country) {
}
