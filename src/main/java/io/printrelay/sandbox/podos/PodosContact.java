package io.printrelay.sandbox.podos;

/** An order's {@code contactInformation}; absent values read as empty strings, as podOS writes them. */
public record PodosContact(String email, String phone) {

    public PodosContact {
        email = email == null ? "" : email;
        phone = phone == null ? "" : phone;
    }
}
