package io.printrelay.connector.pov;

import io.printrelay.mapping.SettingsProfile;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * POV as the mapping processor sees it: every item needs {@code print_sku} (POV's product code; Product Code
 * Match can supply it from the item code) and {@code print_url} (the artwork).
 */
@Component
public class PovProfile extends SettingsProfile {

    public static final String ID = "pov";

    private final PovProperties properties;

    public PovProfile(PovProperties properties) {
        super(properties);
        this.properties = properties;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "POV";
    }




    @Override
    public List<String> requiredItemFields() {
        return List.of("print_sku");
    }

    @Override
    public Map<String, String> itemDefaults() {
        return Map.of();
    }

    @Override
    public String productCodeField() {
        return "print_sku";
    }

    @Override
    public boolean requiresArtwork() {
        return true;
    }

    @Override
    public List<String> claimingFields() {
        return List.of("print_sku");
    }


}
