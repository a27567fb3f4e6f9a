package io.assay.edge.store;

import io.assay.edge.clients.Appointment;
import io.assay.edge.clients.Client;
import io.assay.edge.clients.ClientStore;
import io.assay.edge.clients.LoyaltyAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** {@link ClientStore} on MapDB document maps, for the writer's transaction; reports each saved document. */
public final class MapDbClientStore implements ClientStore {

    private final DocumentMap documents;

    MapDbClientStore(Database db, Consumer<Object> onSave) {
        this.documents = new DocumentMap(db, onSave);
    }

    @Override
    public Optional<Client> client(String id) {
        return documents.get(DocumentCollection.CLIENTS, id, Client.class);
    }

    @Override
    public void save(Client client) {
        documents.put(DocumentCollection.CLIENTS, client.id(), client);
    }

    @Override
    public Optional<Appointment> appointment(String id) {
        return documents.get(DocumentCollection.APPOINTMENTS, id, Appointment.class);
    }

    @Override
    public void save(Appointment appointment) {
        documents.put(DocumentCollection.APPOINTMENTS, appointment.id(), appointment);
    }

    @Override
    public Optional<LoyaltyAccount> loyalty(String client) {
        return documents.get(DocumentCollection.LOYALTY, client, LoyaltyAccount.class);
    }

    @Override
    public void save(LoyaltyAccount account) {
        documents.put(DocumentCollection.LOYALTY, account.client(), account);
    }

    @Override
    public Optional<String> appointmentHolding(String serial) {
        return documents.get(DocumentCollection.APPOINTMENT_HOLDS, serial, Hold.class).map(Hold::appointment);
    }

    @Override
    public void hold(String serial, String appointment) {
        documents.putQuietly(DocumentCollection.APPOINTMENT_HOLDS, serial, new Hold(serial, appointment));
    }

    /** A piece held for an appointment; {@code appointment} null once it is free again. */
    record Hold(String serial, String appointment) {
    }

    /** Every client and appointment: for loading the client book at start. */
    public static List<Object> everything(Database db) {
        DocumentMap map = new DocumentMap(db, saved -> { });
        List<Object> all = new ArrayList<>(map.all(DocumentCollection.CLIENTS, Client.class));
        all.addAll(map.all(DocumentCollection.APPOINTMENTS, Appointment.class));
        all.addAll(map.all(DocumentCollection.LOYALTY, LoyaltyAccount.class));
        return all;
    }
}
