package io.printrelay.sandbox.fourover;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The simulated 4over's catalog: three products a print shop really sells (and 2,040 more drawn from a seed by
 * {@link GeneratedCatalog}), in 4over's shapes (option groups,
 * turnaround options tied to one runsize and one colorspec, base prices per runsize and colorspec).
 *
 * <p>The uuids are fixed so that inventory items, tests and the demo can name them across restarts. Every option
 * uuid belongs to exactly one product, so a job that mixes up products is refused as the real 4over refuses it.
 * The option group uuids are shared by all products, as "Runsize" is the same group everywhere.
 */
public final class SimulatedCatalog {

    public static final String RUNSIZE_GROUP_NAME = "Runsize";
    public static final String COLORSPEC_GROUP_NAME = "Colorspec";
    public static final String TURNAROUND_GROUP_NAME = "Turn Around Time";
    public static final String COATING_GROUP_NAME = "Coating";

    public static final String RUNSIZE_GROUP = "eb10f2f8-28c1-4df3-a88a-94456fa9956d";
    public static final String COLORSPEC_GROUP = "036e249d-7463-433a-9b58-cbf432bf211b";
    public static final String TURNAROUND_GROUP = "d39d8f95-d39d-4a55-958a-4302ecc9ea06";
    public static final String COATING_GROUP = "01de178e-8766-4336-a03b-d52e3731e269";

    public static final String BUSINESS_CARDS_CATEGORY = "1efd7bac-dca4-4d6e-b364-752ff41d9e44";
    public static final String FLYERS_CATEGORY = "4cebd59b-bc6a-40a7-880b-c4e45820b61b";
    public static final String POSTCARDS_CATEGORY = "4b33ecff-ed1c-4310-86f4-c6cc9a73f08f";

    /** 14pt business cards, 3.5" x 2": runsizes 250, 500, 1000. */
    public static final class BusinessCards {
        public static final String PRODUCT = "ec208ad6-8b9a-4a9f-a879-eff24f52376c";
        public static final String PRODUCT_CODE = "BC-14PT-3.5X2";
        public static final String RUNSIZE_250 = "dffa119f-2664-4b1f-ab5b-6e85b20a3bf7";
        public static final String RUNSIZE_500 = "3713db00-89dd-4ff2-84da-abe3b0dceaa6";
        public static final String RUNSIZE_1000 = "d3ed780e-b476-4be7-9730-54de2a75189c";
        public static final String COLORSPEC_4_0 = "1fdfdcf9-a358-4831-a370-f9123ee77f2f";
        public static final String COLORSPEC_4_4 = "11cdf7a3-5fb3-4afe-b1f2-a1c4f5bc73e6";
        public static final String NEXT_DAY_250_4_0 = "239fd827-32e8-4e00-a007-86bfa3e29ba9";
        public static final String NEXT_DAY_250_4_4 = "1fed6e09-cd25-41ca-b31f-3d012fb6f873";
        public static final String NEXT_DAY_500_4_0 = "ebd28a56-0ee3-4a00-bdab-059f6a6a2ae6";
        public static final String NEXT_DAY_500_4_4 = "cf033efe-1d8f-45ac-8e2f-0d83e4967adb";
        public static final String NEXT_DAY_1000_4_0 = "01349f9e-2c78-4432-b469-9fd6d81d9a77";
        public static final String NEXT_DAY_1000_4_4 = "34fc57b5-fd52-43f1-bf3b-384d3b7418da";
        public static final String THREE_DAYS_250_4_0 = "c8ce319e-c142-41f0-ad52-4e008362252a";
        public static final String THREE_DAYS_250_4_4 = "b175a0af-7dcc-482f-9ed5-1519216504db";
        public static final String THREE_DAYS_500_4_0 = "13d8606d-5933-41ed-a0e7-c91d9f03c64b";
        public static final String THREE_DAYS_500_4_4 = "aca6239a-94a1-4011-8df2-13cb07247d9c";
        public static final String THREE_DAYS_1000_4_0 = "dbfc7870-1c9c-410d-bf83-185282ef8f14";
        public static final String THREE_DAYS_1000_4_4 = "64217c24-61d7-4ce2-aa64-109287fb7715";
        public static final String COATING_UV = "4a218994-d315-401c-9c2b-cb7c2ae96753";
        public static final String COATING_MATTE = "249a5c84-704e-42b8-99f8-d86fc9e80507";

        private BusinessCards() {
        }
    }

    /** 100# gloss book flyers, 8.5" x 11": runsizes 100, 500, 1000. */
    public static final class Flyers {
        public static final String PRODUCT = "060c553c-82f0-4251-a15f-8bf77f47b7cd";
        public static final String PRODUCT_CODE = "FLY-100GLB-8.5X11";
        public static final String RUNSIZE_100 = "d117c67a-8c8e-4ecf-84cb-be62b3c7b68e";
        public static final String RUNSIZE_500 = "e599d082-b7ab-43a0-a763-0804b04dcefc";
        public static final String RUNSIZE_1000 = "c12546a5-2410-4350-834e-03c82c4f1e41";
        public static final String COLORSPEC_4_0 = "0b9b80ff-e649-48f7-aa89-d693afaf0b73";
        public static final String COLORSPEC_4_4 = "338d5559-efa3-45fc-bc41-fbb00cc311af";
        public static final String NEXT_DAY_100_4_0 = "c0b6d634-4876-4049-ac01-fdbf78075933";
        public static final String NEXT_DAY_100_4_4 = "fb33588d-b73c-47dc-90ee-416f147b522d";
        public static final String NEXT_DAY_500_4_0 = "59ab8616-0f4c-46bd-99e2-d81221e14410";
        public static final String NEXT_DAY_500_4_4 = "32f1a40c-c6b3-49b6-b4af-e83a22ba7f01";
        public static final String NEXT_DAY_1000_4_0 = "abc72eec-cf33-45fa-84ec-ba8ab1330f74";
        public static final String NEXT_DAY_1000_4_4 = "a4dc6cd9-3594-4118-92a2-4b0d5d81a712";
        public static final String THREE_DAYS_100_4_0 = "2bee4a90-cd18-42b5-aae5-651b635df1bd";
        public static final String THREE_DAYS_100_4_4 = "5ce946ba-677d-46ae-8523-a145a333be13";
        public static final String THREE_DAYS_500_4_0 = "ffeb7115-fdce-4f03-ae24-89de0ae79493";
        public static final String THREE_DAYS_500_4_4 = "089d8239-1eb0-474d-b104-c47cb219d0e5";
        public static final String THREE_DAYS_1000_4_0 = "801047c0-1e6f-461c-a944-79e81ca6785d";
        public static final String THREE_DAYS_1000_4_4 = "569b8bb5-f556-4cd6-9cb4-1aa4b9e9b684";
        public static final String COATING_UV = "bae12c9e-47a8-4682-992c-5027d880ff01";
        public static final String COATING_MATTE = "d57ab4ad-e07f-4f69-9d94-976a90b08d06";

        private Flyers() {
        }
    }

    /** 16pt postcards, 4" x 6": runsizes 500, 1000, 2500. */
    public static final class Postcards {
        public static final String PRODUCT = "275326a4-7f67-44dd-a34c-6a3e9edf4814";
        public static final String PRODUCT_CODE = "PC-16PT-4X6";
        public static final String RUNSIZE_500 = "47673fe7-488e-4feb-ad75-36728a9aa0a2";
        public static final String RUNSIZE_1000 = "72552f60-6e46-4122-8ddc-5ee166fb1d2c";
        public static final String RUNSIZE_2500 = "f0906edc-3b8f-45b1-bce7-bd2b89c3e344";
        public static final String COLORSPEC_4_0 = "a2a117b2-fa41-4445-9c35-d8776eef1d98";
        public static final String COLORSPEC_4_4 = "71942a7d-ffeb-4791-aaa3-b1df2ecf8414";
        public static final String NEXT_DAY_500_4_0 = "1fcca63f-84b4-4439-88ef-8da78b687c6e";
        public static final String NEXT_DAY_500_4_4 = "965dbb3f-7616-41f6-83bb-9be25ae5b5a0";
        public static final String NEXT_DAY_1000_4_0 = "8681fcea-1c5a-43d7-a3c2-b68e757bcff9";
        public static final String NEXT_DAY_1000_4_4 = "b9b8c0fe-2af6-40f8-abb5-699e0e4ae7c3";
        public static final String NEXT_DAY_2500_4_0 = "0cb60ab2-b7eb-4e2e-9a94-d2c65e22490d";
        public static final String NEXT_DAY_2500_4_4 = "72d1522c-f436-410c-98fc-7d8fe2e59386";
        public static final String THREE_DAYS_500_4_0 = "2233e377-6843-4ffc-a778-fe20ad3b1355";
        public static final String THREE_DAYS_500_4_4 = "1b844a86-a273-4f69-9a2a-4196fda5b792";
        public static final String THREE_DAYS_1000_4_0 = "5ff8d461-15f2-4073-8dfd-38f9d98fb33f";
        public static final String THREE_DAYS_1000_4_4 = "94d2e5af-c6fa-4938-8224-d1b9981c61fb";
        public static final String THREE_DAYS_2500_4_0 = "e2dc5236-2e1f-4f54-ac93-1f3cb5be2e37";
        public static final String THREE_DAYS_2500_4_4 = "fcd0356e-274f-4c6e-ab9e-d8f58542459a";
        public static final String COATING_UV = "cf562d1f-76d2-4131-aa0f-08e8313541d8";
        public static final String COATING_MATTE = "81966993-4814-4e69-a09e-d33912444a8d";

        private Postcards() {
        }
    }

    private static final String NEXT_DAY = "Next Day";
    private static final String THREE_DAYS = "3 Business Days";

    /** As many products as 4over's own productsfeed sample reports. */
    public static final int PRODUCT_COUNT = 2043;

    private static final List<Category> CATEGORIES = categoryList();

    /** The three hand-made products first (inventory, tests and the demo name them), then the generated ones. */
    private static final List<SimulatedProduct> PRODUCTS = productList();
    private static final Map<String, SimulatedProduct> BY_UUID = PRODUCTS.stream()
            .collect(Collectors.toUnmodifiableMap(SimulatedProduct::productUuid, p -> p));

    private SimulatedCatalog() {
    }

    public static List<Category> categories() {
        return CATEGORIES;
    }

    public static Optional<Category> category(String categoryUuid) {
        return CATEGORIES.stream().filter(c -> c.categoryUuid().equals(categoryUuid)).findFirst();
    }

    public static List<SimulatedProduct> products() {
        return PRODUCTS;
    }

    public static List<SimulatedProduct> productsIn(String categoryUuid) {
        return PRODUCTS.stream().filter(p -> p.categoryUuid().equals(categoryUuid)).toList();
    }

    public static Optional<SimulatedProduct> product(String productUuid) {
        return Optional.ofNullable(productUuid == null ? null : BY_UUID.get(productUuid));
    }

    private static List<Category> categoryList() {
        List<Category> categories = new ArrayList<>(List.of(
                new Category(BUSINESS_CARDS_CATEGORY, "Business Cards", "Business cards on card stock"),
                new Category(FLYERS_CATEGORY, "Flyers and Brochures", "Flyers and brochures on text and book stock"),
                new Category(POSTCARDS_CATEGORY, "Postcards", "Postcards on card stock")));
        categories.addAll(GeneratedCatalog.categories());
        return List.copyOf(categories);
    }

    private static List<SimulatedProduct> productList() {
        List<SimulatedProduct> products = new ArrayList<>(List.of(businessCards(), flyers(), postcards()));
        products.addAll(GeneratedCatalog.products(GeneratedCatalog.SEED, PRODUCT_COUNT - products.size()));
        return List.copyOf(products);
    }

    private static SimulatedProduct businessCards() {
        ProductOption r250 = runsize(BusinessCards.RUNSIZE_250, "250", "250 cards");
        ProductOption r500 = runsize(BusinessCards.RUNSIZE_500, "500", "500 cards");
        ProductOption r1000 = runsize(BusinessCards.RUNSIZE_1000, "1000", "1000 cards");
        ProductOption c40 = fullColorFront(BusinessCards.COLORSPEC_4_0);
        ProductOption c44 = fullColorBothSides(BusinessCards.COLORSPEC_4_4);
        return product(BusinessCards.PRODUCT, BusinessCards.PRODUCT_CODE, "14PT Business Cards 3.5\" x 2\"",
                BUSINESS_CARDS_CATEGORY, "Business Cards/14PT Business Cards/3.5\" x 2\"",
                List.of(r250, r500, r1000), List.of(c40, c44),
                List.of(ProductOption.turnaround(BusinessCards.NEXT_DAY_250_4_0, NEXT_DAY, r250, c40),
                        ProductOption.turnaround(BusinessCards.NEXT_DAY_250_4_4, NEXT_DAY, r250, c44),
                        ProductOption.turnaround(BusinessCards.NEXT_DAY_500_4_0, NEXT_DAY, r500, c40),
                        ProductOption.turnaround(BusinessCards.NEXT_DAY_500_4_4, NEXT_DAY, r500, c44),
                        ProductOption.turnaround(BusinessCards.NEXT_DAY_1000_4_0, NEXT_DAY, r1000, c40),
                        ProductOption.turnaround(BusinessCards.NEXT_DAY_1000_4_4, NEXT_DAY, r1000, c44),
                        ProductOption.turnaround(BusinessCards.THREE_DAYS_250_4_0, THREE_DAYS, r250, c40),
                        ProductOption.turnaround(BusinessCards.THREE_DAYS_250_4_4, THREE_DAYS, r250, c44),
                        ProductOption.turnaround(BusinessCards.THREE_DAYS_500_4_0, THREE_DAYS, r500, c40),
                        ProductOption.turnaround(BusinessCards.THREE_DAYS_500_4_4, THREE_DAYS, r500, c44),
                        ProductOption.turnaround(BusinessCards.THREE_DAYS_1000_4_0, THREE_DAYS, r1000, c40),
                        ProductOption.turnaround(BusinessCards.THREE_DAYS_1000_4_4, THREE_DAYS, r1000, c44)),
                coatings(BusinessCards.COATING_UV, BusinessCards.COATING_MATTE),
                List.of(BasePrice.of(BusinessCards.PRODUCT, "5.95", r250, c40),
                        BasePrice.of(BusinessCards.PRODUCT, "7.45", r250, c44),
                        BasePrice.of(BusinessCards.PRODUCT, "7.80", r500, c40),
                        BasePrice.of(BusinessCards.PRODUCT, "9.60", r500, c44),
                        BasePrice.of(BusinessCards.PRODUCT, "9.85", r1000, c40),
                        BasePrice.of(BusinessCards.PRODUCT, "12.40", r1000, c44)));
    }

    private static SimulatedProduct flyers() {
        ProductOption r100 = runsize(Flyers.RUNSIZE_100, "100", "100 flyers");
        ProductOption r500 = runsize(Flyers.RUNSIZE_500, "500", "500 flyers");
        ProductOption r1000 = runsize(Flyers.RUNSIZE_1000, "1000", "1000 flyers");
        ProductOption c40 = fullColorFront(Flyers.COLORSPEC_4_0);
        ProductOption c44 = fullColorBothSides(Flyers.COLORSPEC_4_4);
        return product(Flyers.PRODUCT, Flyers.PRODUCT_CODE, "100# Gloss Book Flyers 8.5\" x 11\"",
                FLYERS_CATEGORY, "Flyers and Brochures/100# Gloss Book Flyers/8.5\" x 11\"",
                List.of(r100, r500, r1000), List.of(c40, c44),
                List.of(ProductOption.turnaround(Flyers.NEXT_DAY_100_4_0, NEXT_DAY, r100, c40),
                        ProductOption.turnaround(Flyers.NEXT_DAY_100_4_4, NEXT_DAY, r100, c44),
                        ProductOption.turnaround(Flyers.NEXT_DAY_500_4_0, NEXT_DAY, r500, c40),
                        ProductOption.turnaround(Flyers.NEXT_DAY_500_4_4, NEXT_DAY, r500, c44),
                        ProductOption.turnaround(Flyers.NEXT_DAY_1000_4_0, NEXT_DAY, r1000, c40),
                        ProductOption.turnaround(Flyers.NEXT_DAY_1000_4_4, NEXT_DAY, r1000, c44),
                        ProductOption.turnaround(Flyers.THREE_DAYS_100_4_0, THREE_DAYS, r100, c40),
                        ProductOption.turnaround(Flyers.THREE_DAYS_100_4_4, THREE_DAYS, r100, c44),
                        ProductOption.turnaround(Flyers.THREE_DAYS_500_4_0, THREE_DAYS, r500, c40),
                        ProductOption.turnaround(Flyers.THREE_DAYS_500_4_4, THREE_DAYS, r500, c44),
                        ProductOption.turnaround(Flyers.THREE_DAYS_1000_4_0, THREE_DAYS, r1000, c40),
                        ProductOption.turnaround(Flyers.THREE_DAYS_1000_4_4, THREE_DAYS, r1000, c44)),
                coatings(Flyers.COATING_UV, Flyers.COATING_MATTE),
                List.of(BasePrice.of(Flyers.PRODUCT, "24.50", r100, c40),
                        BasePrice.of(Flyers.PRODUCT, "31.20", r100, c44),
                        BasePrice.of(Flyers.PRODUCT, "58.90", r500, c40),
                        BasePrice.of(Flyers.PRODUCT, "74.35", r500, c44),
                        BasePrice.of(Flyers.PRODUCT, "86.40", r1000, c40),
                        BasePrice.of(Flyers.PRODUCT, "109.75", r1000, c44)));
    }

    private static SimulatedProduct postcards() {
        ProductOption r500 = runsize(Postcards.RUNSIZE_500, "500", "500 postcards");
        ProductOption r1000 = runsize(Postcards.RUNSIZE_1000, "1000", "1000 postcards");
        ProductOption r2500 = runsize(Postcards.RUNSIZE_2500, "2500", "2500 postcards");
        ProductOption c40 = fullColorFront(Postcards.COLORSPEC_4_0);
        ProductOption c44 = fullColorBothSides(Postcards.COLORSPEC_4_4);
        return product(Postcards.PRODUCT, Postcards.PRODUCT_CODE, "16PT Postcards 4\" x 6\"",
                POSTCARDS_CATEGORY, "Postcards/16PT Postcards/4\" x 6\"",
                List.of(r500, r1000, r2500), List.of(c40, c44),
                List.of(ProductOption.turnaround(Postcards.NEXT_DAY_500_4_0, NEXT_DAY, r500, c40),
                        ProductOption.turnaround(Postcards.NEXT_DAY_500_4_4, NEXT_DAY, r500, c44),
                        ProductOption.turnaround(Postcards.NEXT_DAY_1000_4_0, NEXT_DAY, r1000, c40),
                        ProductOption.turnaround(Postcards.NEXT_DAY_1000_4_4, NEXT_DAY, r1000, c44),
                        ProductOption.turnaround(Postcards.NEXT_DAY_2500_4_0, NEXT_DAY, r2500, c40),
                        ProductOption.turnaround(Postcards.NEXT_DAY_2500_4_4, NEXT_DAY, r2500, c44),
                        ProductOption.turnaround(Postcards.THREE_DAYS_500_4_0, THREE_DAYS, r500, c40),
                        ProductOption.turnaround(Postcards.THREE_DAYS_500_4_4, THREE_DAYS, r500, c44),
                        ProductOption.turnaround(Postcards.THREE_DAYS_1000_4_0, THREE_DAYS, r1000, c40),
                        ProductOption.turnaround(Postcards.THREE_DAYS_1000_4_4, THREE_DAYS, r1000, c44),
                        ProductOption.turnaround(Postcards.THREE_DAYS_2500_4_0, THREE_DAYS, r2500, c40),
                        ProductOption.turnaround(Postcards.THREE_DAYS_2500_4_4, THREE_DAYS, r2500, c44)),
                coatings(Postcards.COATING_UV, Postcards.COATING_MATTE),
                List.of(BasePrice.of(Postcards.PRODUCT, "21.60", r500, c40),
                        BasePrice.of(Postcards.PRODUCT, "26.90", r500, c44),
                        BasePrice.of(Postcards.PRODUCT, "29.80", r1000, c40),
                        BasePrice.of(Postcards.PRODUCT, "37.45", r1000, c44),
                        BasePrice.of(Postcards.PRODUCT, "58.25", r2500, c40),
                        BasePrice.of(Postcards.PRODUCT, "71.90", r2500, c44)));
    }

    private static SimulatedProduct product(String uuid, String code, String description, String categoryUuid,
                                            String path, List<ProductOption> runsizes, List<ProductOption> colorspecs,
                                            List<ProductOption> turnarounds, List<ProductOption> coatings,
                                            List<BasePrice> basePrices) {
        return new SimulatedProduct(uuid, code, description, path, categoryUuid, List.of(
                new OptionGroup(RUNSIZE_GROUP, RUNSIZE_GROUP_NAME, 1, 1, runsizes),
                new OptionGroup(COLORSPEC_GROUP, COLORSPEC_GROUP_NAME, 1, 1, colorspecs),
                new OptionGroup(TURNAROUND_GROUP, TURNAROUND_GROUP_NAME, 1, 1, turnarounds),
                new OptionGroup(COATING_GROUP, COATING_GROUP_NAME, 0, 1, coatings)), basePrices);
    }

    private static ProductOption runsize(String uuid, String quantity, String description) {
        return ProductOption.plain(uuid, quantity, description);
    }

    private static ProductOption fullColorFront(String uuid) {
        return ProductOption.plain(uuid, "4/0", "Full color front, blank back");
    }

    private static ProductOption fullColorBothSides(String uuid) {
        return ProductOption.plain(uuid, "4/4", "Full color both sides");
    }

    private static List<ProductOption> coatings(String uv, String matte) {
        return List.of(ProductOption.plain(uv, "UV", "High-gloss UV coating on the front"),
                ProductOption.plain(matte, "Matte", "Matte finish on both sides"));
    }
}
