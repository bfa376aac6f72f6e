// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

/// Revisions of the LoRaWAN Regional Parameters that a [Band] can implement, oldest first.
///
/// [#text()] is the value of the OrbiWAN profile field `RegParamsRevision` ("A", "B", "RP002-1.0.0", ...); "A" and
/// "B" are the two revisions of the regional-parameters document that came with LoRaWAN 1.0.2 ("LoRaWAN Regional
/// Parameters v1.0.2rA / v1.0.2rB", which The Things Stack calls `RP001_V1_0_2` and `RP001_V1_0_2_REV_B` and
/// ChirpStack `Revision::A` / `Revision::B`). [#key()] names the revision in file names and messages.
public enum RegionalRevision {
    RP001_1_0_2_A("A", "1.0.2rA"),
    RP001_1_0_2_B("B", "1.0.2rB"),
    RP002_1_0_0("RP002-1.0.0", "RP002-1.0.0"),
    RP002_1_0_1("RP002-1.0.1", "RP002-1.0.1"),
    RP002_1_0_2("RP002-1.0.2", "RP002-1.0.2"),
    RP002_1_0_3("RP002-1.0.3", "RP002-1.0.3"),
    RP002_1_0_4("RP002-1.0.4", "RP002-1.0.4");

    /// The newest revision, the one [Bands#lookup(BandId)] returns.
    public static final RegionalRevision LATEST = RP002_1_0_4;

    private final String text;
    private final String key;

    RegionalRevision(String text, String key) {
        this.text = text;
        this.key = key;
    }

    /// {@return the OrbiWAN `RegParamsRevision` value}: `A`, `B`, `RP002-1.0.0` ... `RP002-1.0.4`
    public String text() {
        return text;
    }

    /// {@return the document name used in file names and messages}: `1.0.2rA`, `1.0.2rB`, `RP002-1.0.0` ...
    public String key() {
        return key;
    }

    /// {@return whether this revision is older than `other`}
    public boolean before(RegionalRevision other) {
        return compareTo(other) < 0;
    }

    /// Parses a revision: the OrbiWAN values (`A`, `B`, `RP002-1.0.2`), the keys (`1.0.2rB`) and the enum names
    /// (`RP002_1_0_2`), ignoring case and surrounding spaces.
    /// @throws IllegalArgumentException naming the accepted values
    public static RegionalRevision parse(String value) {
        String s = value.strip();
        for (RegionalRevision r : values()) {
            if (r.text.equalsIgnoreCase(s) || r.key.equalsIgnoreCase(s) || r.name().equalsIgnoreCase(s)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown regional-parameters revision '" + value
                + "' (expected one of A, B, RP002-1.0.0, RP002-1.0.1, RP002-1.0.2, RP002-1.0.3, RP002-1.0.4)");
    }

    @Override
    public String toString() {
        return text;
    }
}
