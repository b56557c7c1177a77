package org.clusterhub.shared;

/**
 * The 16 prefecture-level cities of Shandong, with their administrative division codes (GB/T 2260).
 * Their display names live in the message bundles under {@code city.<NAME>}.
 */
public enum City {
    JINAN("370100"),
    QINGDAO("370200"),
    ZIBO("370300"),
    ZAOZHUANG("370400"),
    DONGYING("370500"),
    YANTAI("370600"),
    WEIFANG("370700"),
    JINING("370800"),
    TAIAN("370900"),
    WEIHAI("371000"),
    RIZHAO("371100"),
    LINYI("371300"),
    DEZHOU("371400"),
    LIAOCHENG("371500"),
    BINZHOU("371600"),
    HEZE("371700");

    private final String divisionCode;

    City(String divisionCode) {
        this.divisionCode = divisionCode;
    }

    public String divisionCode() {
        return divisionCode;
    }
}
