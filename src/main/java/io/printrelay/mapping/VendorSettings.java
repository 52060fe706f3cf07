package io.printrelay.mapping;

import java.time.Duration;
import java.util.Map;

/**
 * The settings every print vendor has, Order Desk's per-printer settings: on/off, Test or Live mode, where it answers,
 * the Default Mail Class and Shipping Class Match, the After Import and After Shipment folders, the status poll, the
 * order prefix, the request timeout, Product Code Match/Skip and how many submissions are sent to it at once. Each vendor's settings record implements it and adds
 * its own keys ({@code printrelay.vendors.<vendor>.*}).
 */
public interface VendorSettings {

    boolean enabled();

    String mode();

    String baseUrl();

    String defaultMailClass();

    Map<String, String> shippingClassMatch();

    String afterImportFolder();

    String afterShipmentFolder();

    String statusPoll();

    String orderPrefix();

    Duration requestTimeout();

    ProductSettings productSettings();

    /** Submissions sent to the vendor at once ({@code concurrency}: the consumers of its {@code seda:<vendor>-submit}). */
    int concurrency();
}
