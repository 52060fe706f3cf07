package io.printrelay.mapping;

/**
 * The part of a vendor's profile that its {@link VendorSettings} decide, the same for every vendor; a vendor's
 * profile adds what is its own (fields, formats, defaults, the print details that claim an item).
 */
public abstract class SettingsProfile implements VendorProfile {

    private final VendorSettings settings;

    protected SettingsProfile(VendorSettings settings) {
        this.settings = settings;
    }

    @Override
    public boolean enabled() {
        return settings.enabled();
    }

    @Override
    public ProductSettings productSettings() {
        return settings.productSettings();
    }

    @Override
    public ShippingClassMatch shippingClassMatch() {
        return new ShippingClassMatch(settings.shippingClassMatch(), settings.defaultMailClass());
    }

    @Override
    public String afterImportFolder() {
        return settings.afterImportFolder();
    }

    @Override
    public String afterShipmentFolder() {
        return settings.afterShipmentFolder();
    }
}
