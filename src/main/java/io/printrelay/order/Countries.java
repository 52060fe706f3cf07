package io.printrelay.order;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What an address's {@code country} may say: an ISO 3166 code (alpha-2 such as {@code US}, or alpha-3 such as
 * {@code USA}), a country's English name ({@code United States}), or one of the names shops commonly send (UK,
 * Great Britain, United States of America); in any case. The vendors want a country they can ship to: a country
 * nobody knows is a problem to fix, named at intake, not a parcel returned.
 */
final class Countries {

    private static final Set<String> KNOWN = new HashSet<>();

    static {
        for (String code : Locale.getISOCountries()) {
            KNOWN.add(code);
            Locale country = new Locale("", code);
            KNOWN.add(country.getISO3Country().toUpperCase(Locale.ROOT));
            KNOWN.add(country.getDisplayCountry(Locale.ENGLISH).toUpperCase(Locale.ROOT));
        }
        KNOWN.addAll(Set.of("UK", "GREAT BRITAIN", "ENGLAND", "SCOTLAND", "WALES", "NORTHERN IRELAND",
                "UNITED STATES OF AMERICA", "U.S.", "U.S.A.", "AMERICA", "HOLLAND", "SOUTH KOREA", "NORTH KOREA",
                "RUSSIA", "VIETNAM", "CZECH REPUBLIC", "TURKEY", "IVORY COAST", "MACEDONIA", "SWAZILAND",
                "BURMA", "CAPE VERDE", "EAST TIMOR", "VATICAN", "VATICAN CITY", "PALESTINE", "TAIWAN", "KOSOVO",
                "XK"));
    }

    private Countries() {
    }

    /** Blank is not a problem here (an address may leave the country out); an unknown country is. */
    static boolean isKnownOrBlank(String country) {
        return country == null || country.isBlank() || KNOWN.contains(country.trim().toUpperCase(Locale.ROOT));
    }
}
