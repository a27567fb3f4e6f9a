package io.assay.edge.clients;

import java.util.Optional;

/** The client book as a command on the writer sees it. */
public interface ClientStore {

    Optional<Client> client(String id);

    void save(Client client);

    Optional<Appointment> appointment(String id);

    void save(Appointment appointment);

    /** The booked appointment a piece is held for, if any. */
    Optional<String> appointmentHolding(String serial);

    Optional<LoyaltyAccount> loyalty(String client);

    void save(LoyaltyAccount account);

    /** Holds the piece for an appointment, or frees it ({@code appointment} null). */
    void hold(String serial, String appointment);
}
