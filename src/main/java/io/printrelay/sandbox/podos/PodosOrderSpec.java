package io.printrelay.sandbox.podos;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What to put into the simulated podOS ({@link PodosSimulator#addOrder}): every field can be chosen, everything
 * left out gets a sensible default: a generated id and ref, {@code processing}, created now, Grace Hopper in
 * Arlington VA, shipped {@code Standard} in USD, and one box of business cards with front and back artwork.
 * Subtotal and total are worked out from the items. A builder for one order, not to be shared between threads.
 *
 * <pre>{@code
 * simulator.addOrder(PodosOrderSpec.order().id("po_1").ref("TM-10001").status(PodosOrderStatus.PENDING)
 *         .createdAt(Instant.parse("2026-11-23T18:00:00Z")).country("CA")
 *         .item(DemoCatalog.FLYERS, 2, "19.50", PodosPrint.front("https://…/flyer.pdf")));
 * }</pre>
 */
public final class PodosOrderSpec {

    static final PodosContact DEFAULT_CONTACT = new PodosContact("grace.hopper@printrelay.example", "555-0101");
    static final PodosAddress DEFAULT_ADDRESS = new PodosAddress("Grace Hopper", "", "1 Harbor Rd", "",
            "Arlington", "22202", "US", "VA");

    private String id;
    private String ref;
    private PodosOrderStatus status = PodosOrderStatus.PROCESSING;
    private Instant createdAt;
    private PodosContact contactInformation = DEFAULT_CONTACT;
    private PodosAddress shippingAddress = DEFAULT_ADDRESS;
    private String shippingMethod = "Standard";
    private String currency = "USD";
    private String shippingTotal = "0.00";
    private String taxTotal = "0.00";
    private final List<PodosItem> items = new ArrayList<>();
    private boolean withoutItems;

    private PodosOrderSpec() {
    }

    public static PodosOrderSpec order() {
        return new PodosOrderSpec();
    }

    /** Default: {@code po_} and random characters. */
    public PodosOrderSpec id(String id) {
        this.id = id;
        return this;
    }

    /** Default: the next {@code TM-1xxxx}. */
    public PodosOrderSpec ref(String ref) {
        this.ref = ref;
        return this;
    }

    public PodosOrderSpec status(PodosOrderStatus status) {
        this.status = Objects.requireNonNull(status, "status");
        return this;
    }

    /** Default: now, by the application's clock. */
    public PodosOrderSpec createdAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    public PodosOrderSpec contactInformation(PodosContact contactInformation) {
        this.contactInformation = Objects.requireNonNull(contactInformation, "contactInformation");
        return this;
    }

    public PodosOrderSpec shippingAddress(PodosAddress shippingAddress) {
        this.shippingAddress = Objects.requireNonNull(shippingAddress, "shippingAddress");
        return this;
    }

    /** Moves the shipping address to another country, the rest of it unchanged (for country filter tests). */
    public PodosOrderSpec country(String country) {
        this.shippingAddress = shippingAddress.withCountry(country);
        return this;
    }

    public PodosOrderSpec shippingMethod(String shippingMethod) {
        this.shippingMethod = shippingMethod;
        return this;
    }

    public PodosOrderSpec currency(String currency) {
        this.currency = currency;
        return this;
    }

    public PodosOrderSpec shippingTotal(String shippingTotal) {
        this.shippingTotal = Money.normalized(shippingTotal);
        return this;
    }

    public PodosOrderSpec taxTotal(String taxTotal) {
        this.taxTotal = Money.normalized(taxTotal);
        return this;
    }

    /** Adds an item (the first one replaces the default business cards); its id is generated. */
    public PodosOrderSpec item(String sku, int quantity, String price, PodosPrint... prints) {
        return item(PodosItem.of(sku, quantity, price, prints));
    }

    /** Adds an item as given; a null id is generated. */
    public PodosOrderSpec item(PodosItem item) {
        items.add(Objects.requireNonNull(item, "item"));
        withoutItems = false;
        return this;
    }

    /** An order with no items at all (podOS should never send one; an importer should survive it). */
    public PodosOrderSpec withoutItems() {
        items.clear();
        withoutItems = true;
        return this;
    }

    /** The order as the simulator stores it: defaults filled in, ids given, totals worked out. */
    PodosOrder toOrder(Instant now, PodosIds ids) {
        List<PodosItem> lines = new ArrayList<>();
        for (PodosItem item : items.isEmpty() && !withoutItems ? List.of(defaultItem()) : items) {
            lines.add(item.id() == null || item.id().isBlank() ? item.withId(ids.item()) : item);
        }
        BigDecimal subtotal = lines.stream()
                .map(item -> Money.parse(item.price()).multiply(BigDecimal.valueOf(item.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal total = subtotal.add(Money.parse(shippingTotal)).add(Money.parse(taxTotal));
        return new PodosOrder(id == null || id.isBlank() ? ids.order() : id,
                ref == null || ref.isBlank() ? ids.nextRef() : ref, status,
                createdAt == null ? now.truncatedTo(ChronoUnit.MILLIS) : createdAt, contactInformation,
                shippingAddress, shippingMethod == null ? "" : shippingMethod, currency == null ? "" : currency,
                Money.format(subtotal), shippingTotal, taxTotal, Money.format(total), lines, List.of());
    }

    private static PodosItem defaultItem() {
        return PodosItem.of(DemoCatalog.BUSINESS_CARDS, 1, "24.00",
                PodosPrint.front(DemoCatalog.artworkUrl(DemoCatalog.BUSINESS_CARDS, "front")),
                PodosPrint.back(DemoCatalog.artworkUrl(DemoCatalog.BUSINESS_CARDS, "back")));
    }
}
