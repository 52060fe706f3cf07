package io.printrelay.sandbox.fourover;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The bulk of the simulated 4over catalog: products drawn from a seed, so that every start (and every node, and the
 * benchmark's simulator host) serves the same uuids, option trees and prices without a catalog file in the repo.
 * Each product has 3 to 5 runsizes, 2 or 3 colorspecs, 2 or 3 turnarounds per runsize and colorspec pair, an
 * optional coating and sometimes a second optional group; its group names use 4over's variants ("Runsizes",
 * "Turn-Around", "Turnaround-times") as the real feed does.
 */
final class GeneratedCatalog {

    static final long SEED = 40_2043L;

    static final String BANNERS_CATEGORY = "9a1c4f0e-5b7d-4e61-9d0a-3c2b8e7f6a51";
    static final String STICKERS_CATEGORY = "2f6e8d3a-1c4b-4a9e-8f7d-6b5c4a3e2d19";
    static final String BROCHURES_CATEGORY = "7c3b2a1d-9e8f-4d6c-b5a4-1e2f3a4b5c6d";

    static final String SLITS_GROUP = "5a0f3f0e-8b8e-4f5c-9a7b-0c6d2e1f4a3b";

    private record Family(String category, String code, String name, String path, double basePrice,
                          int[] runsizes, String[] stocks, String[] sizes) {
    }

    private static final List<Family> FAMILIES = List.of(
            new Family(SimulatedCatalog.BUSINESS_CARDS_CATEGORY, "BC", "Business Cards", "Business Cards", 5.0,
                    new int[]{100, 250, 500, 1000, 2500, 5000}, new String[]{"14PT", "16PT", "32PT", "18PT-SILK"},
                    new String[]{"3.5X2", "2X3.5", "3.5X1.5", "2.5X2.5"}),
            new Family(SimulatedCatalog.FLYERS_CATEGORY, "FLY", "Flyers", "Flyers and Brochures", 20.0,
                    new int[]{100, 250, 500, 1000, 2500, 5000}, new String[]{"100GLB", "100GLC", "80GLB", "70UNC"},
                    new String[]{"8.5X11", "5.5X8.5", "4X6", "11X17"}),
            new Family(SimulatedCatalog.POSTCARDS_CATEGORY, "PC", "Postcards", "Postcards", 18.0,
                    new int[]{250, 500, 1000, 2500, 5000, 10000}, new String[]{"14PT", "16PT", "13PT-ENV"},
                    new String[]{"4X6", "5X7", "6X9", "6X11", "4.25X5.5"}),
            new Family(BANNERS_CATEGORY, "BAN", "Banners", "Banners", 35.0, new int[]{1, 2, 5, 10, 25},
                    new String[]{"13OZ-VINYL", "18OZ-BLOCKOUT", "MESH"}, new String[]{"2X4", "3X6", "4X8", "2X6"}),
            new Family(STICKERS_CATEGORY, "STK", "Stickers", "Stickers and Labels", 12.0,
                    new int[]{100, 250, 500, 1000, 2500}, new String[]{"GLOSS-BOPP", "MATTE-BOPP", "WHITE-VINYL"},
                    new String[]{"2X2", "3X3", "2X3.5", "4X4", "1.5X1.5"}),
            new Family(BROCHURES_CATEGORY, "BRO", "Brochures", "Brochures", 60.0,
                    new int[]{100, 250, 500, 1000, 2500}, new String[]{"100GLB", "100GLC", "80MAT"},
                    new String[]{"8.5X11-TRIFOLD", "11X17-BIFOLD", "8.5X14-ZFOLD"}));

    private static final String[] RUNSIZE_NAMES = {"Runsize", "Runsizes"};
    private static final String[] TURNAROUND_NAMES = {"Turn-Around", "Turn Around Time", "Turnaround-times"};
    private static final String[][] COLORSPECS = {{"4/0", "Full color front, blank back"},
            {"4/4", "Full color both sides"}, {"1/0", "Black front, blank back"}};
    private static final String[] TURNAROUNDS = {"Next Day", "3 Business Days", "5 Business Days"};

    private GeneratedCatalog() {
    }

    static List<Category> categories() {
        return List.of(new Category(BANNERS_CATEGORY, "Banners", "Vinyl and mesh banners"),
                new Category(STICKERS_CATEGORY, "Stickers and Labels", "Stickers and roll labels"),
                new Category(BROCHURES_CATEGORY, "Brochures", "Folded brochures"));
    }

    /** {@code count} products, the same ones for the same seed. */
    static List<SimulatedProduct> products(long seed, int count) {
        Random random = new Random(seed);
        List<SimulatedProduct> products = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            products.add(product(i, FAMILIES.get(i % FAMILIES.size()), random));
        }
        return products;
    }

    private static SimulatedProduct product(int index, Family family, Random random) {
        String stock = family.stocks()[random.nextInt(family.stocks().length)];
        String size = family.sizes()[random.nextInt(family.sizes().length)];
        String productUuid = uuid("product " + index);
        String code = family.code() + "-" + stock + "-" + size + "-" + String.format("%04d", index);
        String description = stock.replace('-', ' ') + " " + family.name() + " " + size.replace("X", "\" x ") + "\"";
        List<ProductOption> runsizes = new ArrayList<>();
        int first = random.nextInt(family.runsizes().length - 2);
        int runsizeCount = Math.min(3 + random.nextInt(3), family.runsizes().length - first);
        for (int r = first; r < first + runsizeCount; r++) {
            String quantity = String.valueOf(family.runsizes()[r]);
            runsizes.add(ProductOption.plain(uuid(productUuid + " runsize " + quantity), quantity,
                    quantity + " " + family.name().toLowerCase()));
        }
        List<ProductOption> colorspecs = new ArrayList<>();
        int colorspecCount = 2 + random.nextInt(2);
        for (int c = 0; c < colorspecCount; c++) {
            colorspecs.add(ProductOption.plain(uuid(productUuid + " colorspec " + COLORSPECS[c][0]), COLORSPECS[c][0],
                    COLORSPECS[c][1]));
        }
        int turnaroundCount = 2 + random.nextInt(2);
        List<ProductOption> turnarounds = new ArrayList<>();
        List<BasePrice> prices = new ArrayList<>();
        double base = family.basePrice() * (0.8 + random.nextDouble() * 0.6);
        for (int r = 0; r < runsizes.size(); r++) {
            for (int c = 0; c < colorspecs.size(); c++) {
                ProductOption runsize = runsizes.get(r);
                ProductOption colorspec = colorspecs.get(c);
                for (int t = 0; t < turnaroundCount; t++) {
                    turnarounds.add(ProductOption.turnaround(uuid(productUuid + " turnaround " + TURNAROUNDS[t] + " "
                            + runsize.optionName() + " " + colorspec.optionName()), TURNAROUNDS[t], runsize, colorspec));
                }
                double price = base * (1 + r * 0.55) * (c == 1 ? 1.3 : c == 2 ? 0.8 : 1.0);
                prices.add(BasePrice.of(productUuid, money(price), runsize, colorspec));
            }
        }
        List<OptionGroup> groups = new ArrayList<>();
        groups.add(new OptionGroup(SimulatedCatalog.RUNSIZE_GROUP, RUNSIZE_NAMES[index % 2], 1, 1, runsizes));
        groups.add(new OptionGroup(SimulatedCatalog.COLORSPEC_GROUP, SimulatedCatalog.COLORSPEC_GROUP_NAME, 1, 1,
                colorspecs));
        groups.add(new OptionGroup(SimulatedCatalog.TURNAROUND_GROUP, TURNAROUND_NAMES[index % 3], 1, 1, turnarounds));
        groups.add(new OptionGroup(SimulatedCatalog.COATING_GROUP, SimulatedCatalog.COATING_GROUP_NAME, 0, 1, List.of(
                ProductOption.plain(uuid(productUuid + " coating UV"), "UV", "High-gloss UV coating on the front"),
                ProductOption.plain(uuid(productUuid + " coating Matte"), "Matte", "Matte finish on both sides"))));
        if (index % 4 == 0) {
            groups.add(new OptionGroup(SLITS_GROUP, "Slits", 0, 2, List.of(
                    ProductOption.plain(uuid(productUuid + " slit horizontal"), "Horizontal", "One horizontal slit"),
                    ProductOption.plain(uuid(productUuid + " slit vertical"), "Vertical", "One vertical slit"),
                    ProductOption.plain(uuid(productUuid + " slit cross"), "Cross", "Two crossed slits"))));
        }
        return new SimulatedProduct(productUuid, code, description,
                family.path() + "/" + description, family.category(), List.copyOf(groups), List.copyOf(prices));
    }

    static String money(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String uuid(String identity) {
        return UUID.nameUUIDFromBytes(("4over-simulator " + identity).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
