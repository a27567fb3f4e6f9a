package io.assay.edge.hq;

/** An online client as HQ names them: a name, and an email or phone when given. */
public record ClientContact(String name, String email, String phone) {
}
